// Every session's (or visitor's) flow and funnel items in [from, to), in time order, for funnels:
// from SessionPath where a summary answers the range exactly, from raw events otherwise.
import type { AuthorizedSite } from '@/lib/access';
import { num, rawRows, sql, str } from '@/lib/sql/run';
import { decodeItems, SESSION_PATH_ITEMS, type PathItem } from './items';
import { rawItems, staleSessions } from './raw';
import { answerable, groupedItems, MAX_EXCLUDED } from './grouped';

/** One entity's items (a session or a visitor), or `weight` sessions sharing the same items. */
export type Weighted = { items: PathItem[]; weight: number };
type Summary = { id: string; visitorId: string | null; first: string; last: string; items: PathItem[] | null; complete: boolean };

/**
 * `decides(items)` says whether a cut-off prefix already settles a session's figure (the funnel
 * completed within it); otherwise such a session (in visitor mode, its visitor) is read raw.
 */
export async function funnelSequences(
  site: AuthorizedSite,
  from: Date,
  to: Date,
  by: 'session' | 'visitor',
  decides: (items: readonly PathItem[]) => boolean,
): Promise<Weighted[]> {
  const stale = await staleSessions(site);
  // Session mode reads whole summaries grouped by sequence; a visitor's sessions must be joined, so visitor mode reads rows.
  const group = by === 'session' && stale.length <= MAX_EXCLUDED;
  const scope = sql`"lastAt" >= ${from} AND "firstAt" < ${to}`;
  const [groups, rows] = await Promise.all([
    group ? groupedItems(site, scope, from, to, stale) : Promise.resolve([]),
    rawRows(
      sql`SELECT "sessionId" AS "id", "visitorId" AS "visitorId", ${sql.msKey('"firstAt"')} AS "first", ${sql.msKey('"lastAt"')} AS "last",
        "itemCount" AS "count", "items" AS "items",
        CASE WHEN ${sql.range('"firstAt"', from, to)} AND ${sql.range('"lastAt"', from, to)} THEN 1 ELSE 0 END AS "inside"
        FROM "SessionPath" WHERE "siteId" = ${site.id} AND ${scope} ${group ? sql`AND NOT ${answerable(from, to)}` : sql``}`,
    ),
  ]);
  const skip = new Set(stale);
  const rawSessions = [...stale];
  const summaries: Summary[] = [];
  for (const row of rows) {
    const id = str(row.id);
    if (skip.has(id)) continue;
    const items = num(row.inside) === 1 && row.items !== null ? decodeItems(str(row.items)) : null;
    // A visitor enters a session part-way through the funnel, so only session mode may stop at a prefix.
    const complete = items !== null && (num(row.count) <= SESSION_PATH_ITEMS || (by === 'session' && decides(items)));
    const visitorId = row.visitorId === null ? null : str(row.visitorId);
    // Without one known visitor (or in session mode, without a usable summary) the events decide.
    if (by === 'session' ? !complete : visitorId === null) rawSessions.push(id);
    else summaries.push({ id, visitorId, first: str(row.first), last: str(row.last), items, complete });
  }
  const fromRaw = await rawItems(site, 'sessionId', rawSessions, from, to);
  const out: Weighted[] = groups.map(({ items, sessions }) => ({ items, weight: sessions }));
  if (by === 'session') {
    for (const s of summaries) out.push({ items: s.items as PathItem[], weight: 1 });
    for (const items of fromRaw.values()) out.push({ items: items.map((entry) => entry.item), weight: 1 });
    return out;
  }
  // Visitors: a visitor touched by raw events, by an unusable summary, or by sessions whose item
  // spans overlap (so their items interleave) is read raw whole; the rest concatenate in time order.
  const rawVisitors = new Set<string>();
  for (const items of fromRaw.values()) for (const entry of items) rawVisitors.add(entry.visitorId);
  const byVisitor = new Map<string, Summary[]>();
  for (const s of summaries) {
    const visitor = s.visitorId as string;
    if (!s.complete) rawVisitors.add(visitor);
    byVisitor.set(visitor, [...(byVisitor.get(visitor) ?? []), s]);
  }
  for (const [visitor, list] of byVisitor) {
    if (rawVisitors.has(visitor)) continue;
    list.sort((a, b) => (a.first < b.first ? -1 : a.first > b.first ? 1 : 0));
    if (list.some((s, i) => i > 0 && s.first <= (list[i - 1] as Summary).last)) rawVisitors.add(visitor);
    else out.push({ items: list.flatMap((s) => s.items as PathItem[]), weight: 1 });
  }
  for (const items of (await rawItems(site, 'visitorId', [...rawVisitors], from, to)).values())
    out.push({ items: items.map((entry) => entry.item), weight: 1 });
  return out;
}
