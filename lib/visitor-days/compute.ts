// VisitorDay rows for whole local days [from, to): each visitor with a session starting on a local
// day, per channel, with that day's sessions and whether the day is their Visitor.firstSeen's
// (the retention page's "new"). Written by the rollups job with the other daily tables
// (lib/behaviour-days/compute.ts); the same SELECT without the day serves a range's raw edges.
import type { Db, Prisma } from '@/lib/db';
import type { DatabaseProvider } from '@/lib/database-url';
import { localKey } from '@/lib/sql/local-key';
import { rawRows } from '@/lib/sql/run';
import { sql } from '@/lib/sql/sql';
import { isoOrNull, num, str } from '@/lib/sql/values';
import { UTC, labelDate, localDay } from '@/lib/time/site-day';

export async function computeVisitorDays(
  client: Db,
  provider: DatabaseProvider,
  siteId: string,
  from: Date,
  to: Date,
  zone: string = UTC,
): Promise<Prisma.VisitorDayCreateManyInput[]> {
  const rows = await rawRows(
    sql`SELECT ${localKey('s."startedAt"', 'day', zone, from, to)} AS "day", s."channel" AS "channel", s."visitorId" AS "visitorId",
        COUNT(*) AS "sessions", MIN(v."firstSeen") AS "firstSeen"
      FROM "Session" s JOIN "Visitor" v ON v."id" = s."visitorId"
      WHERE s."siteId" = ${siteId} AND ${sql.range('s."startedAt"', from, to)}
      GROUP BY 1, 2, 3`,
    { client, provider },
  );
  return rows.map((r) => {
    const firstSeen = isoOrNull(r.firstSeen);
    return {
      siteId,
      day: labelDate(str(r.day)),
      channel: str(r.channel),
      visitorId: str(r.visitorId),
      sessions: num(r.sessions),
      isNew: firstSeen !== null && localDay(zone, new Date(firstSeen)) === str(r.day),
    };
  });
}
