// How many events of each type, and of each custom (platform) event, arrived in the range.
import 'server-only';
import type { AuthorizedSite } from '@/lib/access';
import { db } from '@/lib/db';
import { compareText } from '@/lib/sql/run';

export type EventCounts = {
  total: number;
  byType: { type: string; count: number }[];
  custom: { name: string; category: string | null; count: number }[];
};

export async function getEventCounts(site: AuthorizedSite, from: Date, to: Date): Promise<EventCounts> {
  const timestamp = { gte: from, lt: to };
  const [types, custom] = await Promise.all([
    db.event.groupBy({ by: ['type'], where: { siteId: site.id, timestamp }, _count: { _all: true } }),
    db.event.groupBy({ by: ['name', 'category'], where: { siteId: site.id, timestamp, type: 'custom' }, _count: { _all: true } }),
  ]);
  const byType = types
    .map((row) => ({ type: row.type, count: row._count._all }))
    .sort((a, b) => b.count - a.count || compareText(a.type, b.type));
  return {
    total: byType.reduce((sum, row) => sum + row.count, 0),
    byType,
    custom: custom
      .map((row) => ({ name: row.name ?? '(unnamed)', category: row.category, count: row._count._all }))
      .sort((a, b) => b.count - a.count || compareText(a.name, b.name)),
  };
}
