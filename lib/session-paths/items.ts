// A session's path as one text column: each item is "p" + a pageview's path or "e" + a custom
// event's name, newline-joined, in (timestamp, id) order. Plain text splits in JS on both
// providers, so the hot queries never extract JSON per row. Pure, so the rules are unit-tested.

/** Items stored per session. Longer sessions keep their first items; readers fall back to raw events when those do not decide a figure. */
export const SESSION_PATH_ITEMS = 32;

export type PathItem = { type: 'pageview'; path: string } | { type: 'custom'; name: string };
export type ItemEvent = { type: string; path: string | null; name: string | null; visitorId: string; at: Date };

export type PathSummary = {
  visitorId: string | null;
  firstAt: Date | null;
  lastAt: Date | null;
  entryPath: string | null;
  exitPath: string | null;
  pageCount: number;
  itemCount: number;
  items: string | null;
};

/** The item an event contributes to flows and funnels, or null (pageviews without a path, custom events without a name, other types). */
export function toItem(event: Pick<ItemEvent, 'type' | 'path' | 'name'>): PathItem | null {
  if (event.type === 'pageview' && event.path !== null) return { type: 'pageview', path: event.path };
  if (event.type === 'custom' && event.name !== null) return { type: 'custom', name: event.name };
  return null;
}

/** Summarises one session's events, already in (timestamp, id) order. */
export function summarise(events: readonly ItemEvent[], limit = SESSION_PATH_ITEMS): PathSummary {
  const encoded: string[] = [];
  let encodable = true;
  let visitorId: string | null | undefined;
  const summary: PathSummary = {
    visitorId: null,
    firstAt: null,
    lastAt: null,
    entryPath: null,
    exitPath: null,
    pageCount: 0,
    itemCount: 0,
    items: null,
  };
  for (const event of events) {
    const item = toItem(event);
    if (!item) continue;
    summary.itemCount++;
    summary.firstAt ??= event.at;
    summary.lastAt = event.at;
    visitorId = visitorId === undefined ? event.visitorId : visitorId === event.visitorId ? visitorId : null;
    if (item.type === 'pageview') {
      summary.pageCount++;
      summary.entryPath ??= item.path;
      summary.exitPath = item.path;
    }
    const value = item.type === 'pageview' ? item.path : item.name;
    if (value.includes('\n')) encodable = false;
    if (encoded.length < limit) encoded.push((item.type === 'pageview' ? 'p' : 'e') + value);
  }
  summary.visitorId = visitorId ?? null;
  summary.items = encodable ? encoded.join('\n') : null;
  return summary;
}

export function decodeItems(items: string): PathItem[] {
  if (items === '') return [];
  return items
    .split('\n')
    .map((item) => (item[0] === 'p' ? { type: 'pageview', path: item.slice(1) } : { type: 'custom', name: item.slice(1) }));
}

export function pagePaths(items: readonly PathItem[]): string[] {
  return items.flatMap((item) => (item.type === 'pageview' ? [item.path] : []));
}
