// A site in a given time zone with one-pageview sessions at chosen instants: enough to check
// which local day, hour and week each figure lands on (lib/time/site-zones.int.test.ts).
import { randomUUID } from 'node:crypto';
import { db } from '@/lib/db';
import { siteForSystem, type AuthorizedSite } from '@/lib/access';

export type ZoneVisit = { visitor: string; at: string; path?: string; channel?: string };
export type ZoneSite = { site: AuthorizedSite; cleanup: () => Promise<void> };

export async function createZoneSite(timeZone: string, visits: readonly ZoneVisit[]): Promise<ZoneSite> {
  const tag = randomUUID().slice(0, 8);
  const row = await db.site.create({ data: { key: `tz-${tag}`, name: `Zone ${timeZone}`, domains: ['zone.test'], timeZone } });
  const firstSeen = new Map<string, Date>();
  for (const visit of visits) {
    const at = new Date(visit.at);
    const seen = firstSeen.get(visit.visitor);
    if (!seen || at < seen) firstSeen.set(visit.visitor, at);
  }
  await db.visitor.createMany({
    data: [...firstSeen].map(([key, first]) => ({
      id: `${tag}-${key}`,
      siteId: row.id,
      anonId: `${tag}-${key}`,
      firstSeen: first,
      lastSeen: first,
    })),
  });
  await db.session.createMany({
    data: visits.map((visit, i) => ({
      id: `${tag}-s${i}`,
      siteId: row.id,
      clientId: `${tag}-s${i}`,
      visitorId: `${tag}-${visit.visitor}`,
      startedAt: new Date(visit.at),
      lastSeenAt: new Date(visit.at),
      entryPath: visit.path ?? '/',
      exitPath: visit.path ?? '/',
      channel: visit.channel ?? 'Direct',
      pageviews: 1,
      eventCount: 1,
      durationMs: 0,
      bounce: true,
    })),
  });
  await db.event.createMany({
    data: visits.map((visit, i) => ({
      siteId: row.id,
      sessionId: `${tag}-s${i}`,
      visitorId: `${tag}-${visit.visitor}`,
      type: 'pageview',
      path: visit.path ?? '/',
      url: `https://zone.test${visit.path ?? '/'}`,
      durationMs: 100 + i,
      timestamp: new Date(visit.at),
    })),
  });
  return {
    site: siteForSystem({ id: row.id, key: row.key, name: row.name, timeZone }),
    cleanup: async () => {
      await db.setting.deleteMany({ where: { key: `rollups:coverage:${row.id}` } });
      await db.site.delete({ where: { id: row.id } });
    },
  };
}
