// The one raw-SQL query of learning analytics: quest views/starts/completions grouped by the quest
// id inside Event.props. Prisma's typed API cannot group by a JSON path, and the path syntax
// differs per provider, which the SQL toolkit spells for each.
import { rawRows, sql, type Connection } from '@/lib/sql/run';

export type QuestEventCount = { questSlug: string; name: 'quest_viewed' | 'quest_started' | 'quest_completed'; count: number };

type Row = { quest: string | null; name: string; n: number | bigint };

/** Views count from any source; starts and completions only when trusted (they are learning events). */
export async function questEventCounts(siteId: string, from: Date, to: Date, on?: Connection): Promise<QuestEventCount[]> {
  const rows = await rawRows<Row>(
    sql`SELECT ${sql.jsonText('"props"', 'questId')} AS "quest", "name" AS "name", COUNT(*) AS "n"
      FROM "Event"
      WHERE "siteId" = ${siteId} AND "type" = 'custom' AND "name" IN ('quest_viewed', 'quest_started', 'quest_completed')
        AND ${sql.range('"timestamp"', from, to)}
        AND ("name" = 'quest_viewed' OR "trusted" = ${true})
      GROUP BY 1, 2`,
    on,
  );
  return rows.flatMap((row) =>
    row.quest && (row.name === 'quest_viewed' || row.name === 'quest_started' || row.name === 'quest_completed')
      ? [{ questSlug: row.quest, name: row.name, count: Number(row.n) }]
      : [],
  );
}
