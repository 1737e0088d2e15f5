// Which pages may send events for a site: Site.domains holds host patterns. The browser sets
// Origin (and Referer) itself, so a page cannot claim to be another site's page; a script outside
// a browser can, which is why this guards against misuse of a site key, not against forgery.

import type { HeaderReader } from '@/lib/http/client-address';

export type RequestOrigin = { host: string; port: string } | null;

/** The sending page's host from Origin, falling back to Referer (image pixels send no Origin). */
export function requestOrigin(headers: HeaderReader): RequestOrigin {
  for (const name of ['origin', 'referer']) {
    const value = headers.get(name);
    if (!value || value === 'null') continue;
    try {
      const url = new URL(value);
      if (url.protocol !== 'http:' && url.protocol !== 'https:') continue;
      return { host: url.hostname.toLowerCase().replace(/^\[|\]$/g, ''), port: url.port };
    } catch {
      continue;
    }
  }
  return null;
}

/** Normalises one configured pattern: "https://Example.org:8080/" → { host: "example.org", port: "8080" }. */
function parsePattern(raw: string): { host: string; port: string | null } | null {
  const pattern = raw
    .trim()
    .toLowerCase()
    .replace(/^[a-z]+:\/\//, '')
    .replace(/\/.*$/, '');
  if (!pattern) return null;
  const portMatch = /^(.*?)(?::(\d+|\*))?$/.exec(pattern);
  const host = portMatch?.[1] ?? '';
  const port = portMatch?.[2];
  return host ? { host, port: port && port !== '*' ? port : null } : null;
}

/**
 * A pattern matches its host on any port unless it names one. `*.example.org` matches every
 * subdomain (not example.org itself); a lone `*` matches everything. `localhost` and `127.0.0.1`
 * match any port, so development servers on random ports just work.
 */
export function originAllowed(origin: RequestOrigin, patterns: readonly string[]): boolean {
  if (!origin) return false;
  return patterns.some((raw) => {
    const pattern = parsePattern(raw);
    if (!pattern) return false;
    if (pattern.port && pattern.port !== origin.port) return false;
    if (pattern.host === '*') return true;
    if (pattern.host.startsWith('*.')) return origin.host.endsWith(pattern.host.slice(1));
    return origin.host === pattern.host;
  });
}

/** Site.domains is JSON; anything that is not an array of strings allows nothing. */
export function domainList(value: unknown): string[] {
  return Array.isArray(value) ? value.filter((item): item is string => typeof item === 'string') : [];
}
