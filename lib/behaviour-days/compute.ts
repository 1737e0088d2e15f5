// Recomputes one site's behaviour and presence tables for whole local days [from, to) from raw rows
// (./aggregates.ts, lib/visitor-days/compute.ts), and the writes that replace those days' rows.
// Used by the rollups job inside its per-chunk transaction (lib/rollups/rollup-site.ts) and by
// erasure for the days it touched (./refresh-days.ts).
import type { Db, Prisma } from '@/lib/db';
import type { DatabaseProvider } from '@/lib/database-url';
import { rawRows, type Connection } from '@/lib/sql/run';
import type { JsonColumnType } from '@/lib/sql/dialect';
import { compile, sql, type Sql } from '@/lib/sql/sql';
import { num, numOrNull, str } from '@/lib/sql/values';
import { UTC, labelDate } from '@/lib/time/site-day';
import { computeVisitorDays } from '@/lib/visitor-days/compute';
import {
  clickCellAggregates,
  elementClickAggregates,
  eventTypeAggregates,
  namedEventAggregates,
  pageBehaviourAggregates,
  techAggregates,
  eventTotalAggregates,
  OTHER_TYPE,
  type DayRange,
} from './aggregates';

type Row = Record<string, unknown>;
const nullable = (value: unknown) => (value === null || value === undefined ? null : str(value));

export type BehaviourRows = {
  pages: Prisma.DailyPageBehaviourCreateManyInput[];
  cells: Prisma.DailyClickCellCreateManyInput[];
  elements: Prisma.DailyElementClickCreateManyInput[];
  named: Prisma.DailyNamedEventCreateManyInput[];
  types: Prisma.DailyEventTypeCreateManyInput[];
  tech: Prisma.DailyTechCreateManyInput[];
  visitors: Prisma.VisitorDayCreateManyInput[];
};

/** The tables that hold a visitor or session id: erasure and retention recompute them (./refresh-days.ts). */
export const PERSONAL_TABLES = ['elements', 'named', 'visitors'] as const satisfies readonly (keyof BehaviourRows)[];

type Aggregate = { query: (range: DayRange) => Sql; row: (r: Row, siteId: string, day: Date) => Record<string, unknown> };
const AGGREGATES: Record<Exclude<keyof BehaviourRows, 'visitors' | 'types'>, Aggregate> = {
  pages: {
    query: pageBehaviourAggregates,
    row: (r, siteId, day) => ({
      siteId,
      day,
      path: str(r.path),
      clicks: num(r.clicks),
      scroll25: num(r.scroll25),
      scroll50: num(r.scroll50),
      scroll75: num(r.scroll75),
      scroll100: num(r.scroll100),
      mouseSamples: num(r.mouseSamples),
      mouseIntensity: numOrNull(r.mouseIntensity) ?? 0,
      mouseIntensityCount: num(r.mouseIntensityCount),
    }),
  },
  cells: {
    query: (range) => clickCellAggregates(range),
    row: (r, siteId, day) => ({ siteId, day, path: str(r.path), cx: num(r.cx), cy: num(r.cy), clicks: num(r.clicks) }),
  },
  elements: {
    query: elementClickAggregates,
    row: (r, siteId, day) => ({
      siteId,
      day,
      tag: nullable(r.tag),
      elementId: nullable(r.elementId),
      text: nullable(r.text),
      track: nullable(r.track),
      visitorId: str(r.visitorId),
      clicks: num(r.clicks),
    }),
  },
  named: {
    query: (range) => namedEventAggregates(range),
    row: (r, siteId, day) => ({
      siteId,
      day,
      type: str(r.type),
      name: str(r.name),
      sessionId: str(r.sessionId),
      path: nullable(r.path),
      events: num(r.events),
    }),
  },
  tech: {
    query: techAggregates,
    row: (r, siteId, day) => ({ siteId, day, device: str(r.device), browser: str(r.browser), os: str(r.os), sessions: num(r.sessions) }),
  },
};
const ALL = ['pages', 'cells', 'elements', 'named', 'types', 'tech', 'visitors'] as const satisfies readonly (keyof BehaviourRows)[];

/** Known types by the index, and the rest of each day's total (if any) as OTHER_TYPE, so a day's rows sum to all its events. */
async function computeTypeRows(on: Connection, range: DayRange): Promise<Prisma.DailyEventTypeCreateManyInput[]> {
  const [known, totals] = await Promise.all([rawRows<Row>(eventTypeAggregates(range), on), rawRows<Row>(eventTotalAggregates(range), on)]);
  const counted = new Map<string, number>();
  for (const r of known) counted.set(str(r.day), (counted.get(str(r.day)) ?? 0) + num(r.events));
  const other = totals
    .filter((r) => num(r.events) > (counted.get(str(r.day)) ?? 0))
    .map((r) => ({ day: r.day, type: OTHER_TYPE, events: num(r.events) - (counted.get(str(r.day)) ?? 0) }));
  return [...known, ...other].map((r) => ({ siteId: range.siteId, day: labelDate(str(r.day)), type: str(r.type), events: num(r.events) }));
}

/** The rows of `tables` (all by default) for whole local days [from, to). */
export async function computeBehaviourRows(
  client: Db,
  provider: DatabaseProvider,
  siteId: string,
  from: Date,
  to: Date,
  zone: string = UTC,
  tables: readonly (keyof BehaviourRows)[] = ALL,
): Promise<Partial<BehaviourRows>> {
  const range = { siteId, from, to, byDay: true, zone };
  const on = { client, provider };
  const parts = await Promise.all(
    tables.map(async (key) => {
      if (key === 'visitors') return [key, await computeVisitorDays(client, provider, siteId, from, to, zone)] as const;
      if (key === 'types') return [key, await computeTypeRows(on, range)] as const;
      const { query, row } = AGGREGATES[key];
      const rows = await rawRows<Row>(query(range), on);
      return [key, rows.map((r) => row(r, siteId, labelDate(str(r.day))))] as const;
    }),
  );
  return Object.fromEntries(parts) as Partial<BehaviourRows>;
}

type Column = { name: string; type: JsonColumnType };
const col = (name: string, type: JsonColumnType): Column => ({ name, type });
const DAY_KEY = [col('siteId', 'text'), col('day', 'timestamp')];
/** Each table's columns (the CreateManyInput's keys, in this order). */
const TABLES: Record<keyof BehaviourRows, { table: string; columns: Column[] }> = {
  pages: {
    table: 'DailyPageBehaviour',
    columns: [
      ...DAY_KEY,
      col('path', 'text'),
      col('clicks', 'integer'),
      col('scroll25', 'integer'),
      col('scroll50', 'integer'),
      col('scroll75', 'integer'),
      col('scroll100', 'integer'),
      col('mouseSamples', 'integer'),
      col('mouseIntensity', 'float'),
      col('mouseIntensityCount', 'integer'),
    ],
  },
  cells: {
    table: 'DailyClickCell',
    columns: [...DAY_KEY, col('path', 'text'), col('cx', 'integer'), col('cy', 'integer'), col('clicks', 'integer')],
  },
  elements: {
    table: 'DailyElementClick',
    columns: [
      ...DAY_KEY,
      col('tag', 'text'),
      col('elementId', 'text'),
      col('text', 'text'),
      col('track', 'text'),
      col('visitorId', 'text'),
      col('clicks', 'integer'),
    ],
  },
  named: {
    table: 'DailyNamedEvent',
    columns: [
      ...DAY_KEY,
      col('type', 'text'),
      col('name', 'text'),
      col('sessionId', 'text'),
      col('path', 'text'),
      col('events', 'integer'),
    ],
  },
  types: { table: 'DailyEventType', columns: [...DAY_KEY, col('type', 'text'), col('events', 'integer')] },
  tech: {
    table: 'DailyTech',
    columns: [...DAY_KEY, col('device', 'text'), col('browser', 'text'), col('os', 'text'), col('sessions', 'integer')],
  },
  visitors: {
    table: 'VisitorDay',
    columns: [...DAY_KEY, col('channel', 'text'), col('visitorId', 'text'), col('sessions', 'integer'), col('isNew', 'boolean')],
  },
};
/** Rows per INSERT: one bound JSON parameter each (Prisma's createMany took ~0.6 ms a row on SQLite). */
const INSERT_ROWS = 5_000;

function inserts(client: Db, provider: DatabaseProvider, key: keyof BehaviourRows, rows: readonly Record<string, unknown>[]) {
  const { table, columns } = TABLES[key];
  const statements = [];
  for (let i = 0; i < rows.length; i += INSERT_ROWS) {
    const part = rows.slice(i, i + INSERT_ROWS).map((row) => columns.map((c) => row[c.name] ?? null));
    const { text, params } = compile(sql`INSERT INTO ${sql.jsonRows(table, columns, part)}`, provider);
    statements.push(client.$executeRawUnsafe(text, ...params));
  }
  return statements;
}

/** The statements replacing the site's rows of the tables in `rows` for the label days `days` (run them in one transaction). */
export function behaviourWrites(
  client: Db,
  provider: DatabaseProvider,
  siteId: string,
  days: { gte: Date; lt: Date },
  rows: Partial<BehaviourRows>,
) {
  const keys = (Object.keys(TABLES) as (keyof BehaviourRows)[]).filter((key) => rows[key] !== undefined);
  return [
    ...keys.map((key) => {
      const { text, params } = compile(
        sql`DELETE FROM ${sql.raw(`"${TABLES[key].table}"`)} WHERE "siteId" = ${siteId} AND ${sql.range('"day"', days.gte, days.lt)}`,
        provider,
      );
      return client.$executeRawUnsafe(text, ...params);
    }),
    ...keys.flatMap((key) => inserts(client, provider, key, rows[key] ?? [])),
  ];
}

/** Every behaviour and presence row of a site (its zone changed, or its rollups are dropped). */
export function dropBehaviourWrites(client: Db, siteId: string) {
  const where = { siteId };
  return [
    client.dailyPageBehaviour.deleteMany({ where }),
    client.dailyClickCell.deleteMany({ where }),
    client.dailyElementClick.deleteMany({ where }),
    client.dailyNamedEvent.deleteMany({ where }),
    client.dailyEventType.deleteMany({ where }),
    client.dailyTech.deleteMany({ where }),
    client.visitorDay.deleteMany({ where }),
  ];
}
