// User agent → browser / OS / device class, and the bot test. Results are cached because a few
// distinct user agents account for most traffic and parsing is the costly part of enrichment.
import { UAParser } from 'ua-parser-js';
import { isbot } from 'isbot';

export type ClientInfo = { browser: string | null; os: string | null; device: string };

const cache = new Map<string, ClientInfo>();
const botCache = new Map<string, boolean>();
const CACHE_LIMIT = 2000;

function remember<V>(map: Map<string, V>, key: string, value: V): V {
  if (map.size >= CACHE_LIMIT) map.delete(map.keys().next().value ?? '');
  map.set(key, value);
  return value;
}

export function parseUserAgent(userAgent: string | null | undefined): ClientInfo {
  const ua = userAgent ?? '';
  const hit = cache.get(ua);
  if (hit) return hit;
  const result = new UAParser(ua).getResult();
  const info: ClientInfo = {
    browser: result.browser.name ?? null,
    os: result.os.name ?? null,
    // ua-parser leaves desktops untyped; we name them so dashboards need no null bucket.
    device: result.device.type ?? 'desktop',
  };
  return remember(cache, ua, info);
}

/** Browsers always send a user agent, so an empty one is a script and counts as a bot. */
export function isBotAgent(userAgent: string | null | undefined): boolean {
  if (!userAgent?.trim()) return true;
  return botCache.get(userAgent) ?? remember(botCache, userAgent, isbot(userAgent));
}
