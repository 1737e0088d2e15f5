// The one raw-SQL query of learning analytics: quest views/starts/completions grouped by the quest
// id inside Event.props. Prisma's typed API cannot group by a JSON path, and the path syntax
// differs per provider, so each provider gets its own statement here. Date parameters are passed
// as Date objects: the SQLite adapter serialises them exactly as it stores them.
import { db as sharedDb, dbProvider, type Db } from '@/lib/db';
import type { DatabaseProvider } from '@/lib/database-url';

export type QuestEventCount = { questSlug: string; name: 'quest_viewed' | 'quest_started' | 'quest_completed'; count: number };

type Row = { quest: string | null; name: string; n: number | bigint };

/** Views count from any source; starts and completions only when trusted (they are learning events). */
export async function questEventCounts(
  siteId: string,
  from: Date,
  to: Date,
  db: Db = sharedDb,
  provider: DatabaseProvider = dbProvider(),
): Promise<QuestEventCount[]> {
  const rows = provider === 'postgres' ? await postgres(db, siteId, from, to) : await sqlite(db, siteId, from, to);
  return rows.flatMap((row) =>
    row.quest && (row.name === 'quest_viewed' || row.name === 'quest_started' || row.name === 'quest_completed')
      ? [{ questSlug: row.quest, name: row.name, count: Number(row.n) }]
      : [],
  );
}

function sqlite(db: Db, siteId: string, from: Date, to: Date) {
  return db.$queryRaw<Row[]>`
    SELECT json_extract("props", '$.questId') AS quest, "name" AS name, COUNT(*) AS n
    FROM "Event"
    WHERE "siteId" = ${siteId} AND "type" = 'custom' AND "name" IN ('quest_viewed', 'quest_started', 'quest_completed')
      AND "timestamp" >= ${from} AND "timestamp" < ${to}
      AND ("name" = 'quest_viewed' OR "trusted" = 1)
    GROUP BY quest, "name"`;
}

function postgres(db: Db, siteId: string, from: Date, to: Date) {
  return db.$queryRaw<Row[]>`
    SELECT "props"->>'questId' AS quest, "name" AS name, COUNT(*) AS n
    FROM "Event"
    WHERE "siteId" = ${siteId} AND "type" = 'custom' AND "name" IN ('quest_viewed', 'quest_started', 'quest_completed')
      AND "timestamp" >= ${from} AND "timestamp" < ${to}
      AND ("name" = 'quest_viewed' OR "trusted" = true)
    GROUP BY quest, "name"`;
}
