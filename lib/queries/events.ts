// Ingest monitoring for admins: how many events are stored, and the newest ones as stored.
// Admin only, checked here; a site key goes through lib/access like everywhere else.
import 'server-only';
import { requireAdmin, resolveSite } from '@/lib/access';
import type { SessionUser } from '@/lib/auth/roles';
import { db } from '@/lib/db';

export type EventCounts = { total: number; byType: Record<string, number> };

async function siteIdFor(viewer: SessionUser, siteKey: string | undefined): Promise<string | undefined> {
  requireAdmin(viewer);
  return siteKey ? (await resolveSite(viewer, siteKey)).id : undefined;
}

export async function countEvents(viewer: SessionUser, options: { siteKey?: string } = {}): Promise<EventCounts> {
  const siteId = await siteIdFor(viewer, options.siteKey);
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
export async function recentEvents(viewer: SessionUser, options: { limit: number; siteKey?: string }) {
  const siteId = await siteIdFor(viewer, options.siteKey);
  const rows = await db.event.findMany({ where: { siteId }, orderBy: { id: 'desc' }, take: options.limit });
  return rows.map((row) => ({ ...row, timestamp: row.timestamp.toISOString(), receivedAt: row.receivedAt.toISOString() }));
}
