// GET /statements with filters: the stored JSON of matching, non-voided statements in `stored`
// order (pk), plus the statements that refer (StatementRef) to a match, as the specification asks.
// since/until/limit apply to the returned statement itself; one row more than the page says
// whether there is a next page.
import { rawRows, sql, str, num, type Sql } from '@/lib/sql/run';

export type StatementFilters = {
  agent?: string;
  verb?: string;
  activity?: string;
  registration?: string;
  relatedActivities: boolean;
  relatedAgents: boolean;
  since?: Date;
  until?: Date;
  ascending: boolean;
  limit: number;
  /** The last pk of the previous page. */
  after?: number;
};

function matches(alias: string, siteId: string, f: StatementFilters): Sql[] {
  const col = (name: string) => sql.raw(`${alias}."${name}"`);
  const conditions: Sql[] = [];
  const link = (kind: string, value: string, related: boolean) =>
    sql`EXISTS (SELECT 1 FROM "XapiStatementLink" l WHERE l."statementPk" = ${col('pk')} AND l."siteId" = ${siteId} AND l."kind" = ${kind} AND l."value" = ${value}${related ? sql`` : sql` AND l."direct" = TRUE`})`;
  if (f.agent) conditions.push(link('agent', f.agent, f.relatedAgents));
  if (f.activity) conditions.push(link('activity', f.activity, f.relatedActivities));
  if (f.verb) conditions.push(sql`${col('verb')} = ${f.verb}`);
  if (f.registration) conditions.push(sql`${col('registration')} = ${f.registration}`);
  return conditions;
}

export async function queryStatements(
  siteId: string,
  f: StatementFilters,
): Promise<{ rows: { pk: number; json: string }[]; more: boolean }> {
  const where: Sql[] = [sql`s."siteId" = ${siteId}`, sql`s."voided" = FALSE`];
  if (f.since) where.push(sql`s."stored" > ${f.since}`);
  if (f.until) where.push(sql`s."stored" <= ${f.until}`);
  if (f.after !== undefined) where.push(f.ascending ? sql`s."pk" > ${f.after}` : sql`s."pk" < ${f.after}`);
  const own = matches('s', siteId, f);
  if (own.length) {
    const target = matches('t', siteId, f);
    where.push(
      sql`((${sql.join(own, ' AND ')}) OR (s."refId" IS NOT NULL AND EXISTS (SELECT 1 FROM "XapiStatement" t WHERE t."siteId" = ${siteId} AND t."statementId" = s."refId" AND ${sql.join(target, ' AND ')})))`,
    );
  }
  const order = sql.raw(f.ascending ? 'ASC' : 'DESC');
  const rows = await rawRows<{ pk: unknown; json: unknown }>(
    sql`SELECT s."pk" AS "pk", s."json" AS "json" FROM "XapiStatement" s WHERE ${sql.join(where, ' AND ')} ORDER BY s."pk" ${order} LIMIT ${f.limit + 1}`,
  );
  const page = rows.slice(0, f.limit).map((row) => ({ pk: num(row.pk), json: str(row.json) }));
  return { rows: page, more: rows.length > f.limit };
}
