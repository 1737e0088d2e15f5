// Pure helpers of the SDK, kept free of DOM access so they are unit-tested in Node. Everything in
// lib/sdk is bundled into the served sdk.js, so code here is written for size as well as clarity.

export type Props = Record<string, string | number | boolean | null>;

/** Whitespace collapsed, trimmed and cut to `max` characters; undefined when empty. */
export function clip(value: unknown, max = 200): string | undefined {
  return value == null ? undefined : String(value).replace(/\s+/g, ' ').trim().slice(0, max) || undefined;
}

/** A session lives while it sees activity at least every 30 minutes; stored as "id.lastSeenBase36". */
export function nextSession(stored: string | null, now: number, makeId: () => string): [id: string, stored: string] {
  const [id, seen] = (stored || '').split('.');
  const fresh = id && seen && now - parseInt(seen, 36) <= 18e5 ? id : makeId();
  return [fresh, `${fresh}.${now.toString(36)}`];
}

/** Scroll depth milestones newly reached, each reported once per page; records them in `seen`. */
export function newMilestones(percent: number, seen: number[]): number[] {
  // push() returns the new length, which is truthy: the filter both selects and records.
  return [25, 50, 75, 100].filter((mark) => percent >= mark && !seen.includes(mark) && seen.push(mark));
}

const DOWNLOAD = /\.(pdf|zip|rar|7z|gz|docx?|xlsx?|pptx?|od[tsp]|csv|txt|epub|mp[34]|mov|wav|dmg|exe|msi|apk)$/i;

/** A clicked link is a download (by extension or attribute) or outbound (another host, http(s)). */
export function linkKind(href: string, pageHost: string, hasDownloadAttribute: boolean): 'download' | 'outbound' | undefined {
  const url = new URL(href, `http://${pageHost}`);
  if (hasDownloadAttribute || DOWNLOAD.test(url.pathname)) return 'download';
  if (/^https?:$/.test(url.protocol) && url.host != pageHost) return 'outbound';
}

/** track() props are the page's own input; anything the server would refuse is dropped here. */
export function cleanProps(input: unknown): Props | undefined {
  if (!input || typeof input != 'object') return;
  const out: Props = {};
  let count = 0;
  for (const [key, value] of Object.entries(input)) {
    const type = typeof value;
    if (
      count < 30 &&
      key &&
      key.length <= 64 &&
      (value === null || type == 'boolean' || (type == 'number' && isFinite(value)) || type == 'string')
    ) {
      out[key] = type == 'string' ? String(value).slice(0, 1000) : value;
      count++;
    }
  }
  return out;
}

type PrivacySignals = { doNotTrack?: string | null; globalPrivacyControl?: boolean };

/** Do Not Track or Global Privacy Control (window.doNotTrack was IE-only; not supported). */
export function privacySignal(nav: PrivacySignals): boolean {
  return nav.doNotTrack == '1' || nav.globalPrivacyControl === true;
}
