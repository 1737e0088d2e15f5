// Ingest monitoring for admins: how many events are stored, and the newest ones as stored.
import 'server-only';
import { db } from '@/lib/db';
import { HttpError } from '@/lib/http/errors';

export type EventCounts = { total: number; byType: Record<string, number> };

async function siteIdFor(siteKey: string | undefined): Promise<string | undefined> {
  if (!siteKey) return undefined;
  const site = await db.site.findUnique({ where: { key: siteKey }, select: { id: true } });
  if (!site) throw new HttpError(404, 'unknown_site', `No site has the key "${siteKey}".`);
  return site.id;
}

export async function countEvents(options: { siteKey?: string } = {}): Promise<EventCounts> {
  const siteId = await siteIdFor(options.siteKey);
  const groups = await db.event.groupBy({ by: ['type'], where: { siteId }, _count: { _all: true } });
  const byType: Record<string, number> = {};
  let total = 0;
  for (const group of groups.sort((a, b) => a.type.localeCompare(b.type))) {
    byType[group.type] = group._count._all;
    total += group._count._all;
  }
  return { total, byType };
}

/** Every stored column, newest first (by insertion order, which a skewed client clock cannot reorder). */
export async function recentEvents(options: { limit: number; siteKey?: string }) {
  const siteId = await siteIdFor(options.siteKey);
  const rows = await db.event.findMany({ where: { siteId }, orderBy: { id: 'desc' }, take: options.limit });
  return rows.map((row) => ({ ...row, timestamp: row.timestamp.toISOString(), receivedAt: row.receivedAt.toISOString() }));
}
