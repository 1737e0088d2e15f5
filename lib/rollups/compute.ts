// Recomputes the daily rollups of one site for whole local days [from, to) (instants at the
// site's local midnights) from raw rows, with the same aggregate SQL the dashboards use for the
// raw window. Each row's `day` is its local date at 00:00 UTC (lib/time/site-day.ts labelDate).
import type { Db, Prisma } from '@/lib/db';
import type { DatabaseProvider } from '@/lib/database-url';
import { channelAggregates, entryAggregates, pageEventAggregates } from './aggregates';
import { rawRows } from '@/lib/sql/run';
import { num, str } from '@/lib/sql/values';
import { UTC, labelDate } from '@/lib/time/site-day';

type Row = Record<string, unknown>;

const dayDate = (key: unknown) => labelDate(str(key));

export async function computePageRows(
  client: Db,
  provider: DatabaseProvider,
  siteId: string,
  from: Date,
  to: Date,
  zone: string = UTC,
): Promise<Prisma.DailyPageStatCreateManyInput[]> {
  const range = { siteId, from, to, byDay: true, zone };
  const [events, entries] = await Promise.all([
    rawRows<Row>(pageEventAggregates(range), { client, provider }),
    rawRows<Row>(entryAggregates(range), { client, provider }),
  ]);
  const rows = new Map<string, Prisma.DailyPageStatCreateManyInput>();
  const rowFor = (day: unknown, path: unknown) => {
    const key = `${str(day)} ${str(path)}`;
    let row = rows.get(key);
    if (!row) {
      row = {
        siteId,
        day: dayDate(day),
        path: str(path),
        views: 0,
        uniques: 0,
        entries: 0,
        bounces: 0,
        engagementMs: 0n,
        loadMs: 0n,
        loadSamples: 0,
      };
      rows.set(key, row);
    }
    return row;
  };
  for (const r of events) {
    const row = rowFor(r.day, r.path);
    row.views = num(r.views);
    row.uniques = num(r.uniques);
    row.engagementMs = BigInt(Math.round(num(r.engagementMs)));
    row.loadMs = BigInt(Math.round(num(r.loadMs)));
    row.loadSamples = num(r.loadSamples);
  }
  for (const r of entries) {
    const row = rowFor(r.day, r.path);
    row.entries = num(r.entries);
    row.bounces = num(r.bounces);
  }
  return [...rows.values()];
}

export async function computeChannelRows(
  client: Db,
  provider: DatabaseProvider,
  siteId: string,
  from: Date,
  to: Date,
  zone: string = UTC,
): Promise<Prisma.DailyChannelStatCreateManyInput[]> {
  const rows = await rawRows<Row>(channelAggregates({ siteId, from, to, byDay: true, zone }), { client, provider });
  return rows.map((r) => ({
    siteId,
    day: dayDate(r.day),
    channel: str(r.channel),
    sessions: num(r.sessions),
    visitors: num(r.visitors),
    pageviews: num(r.pageviews),
    bounces: num(r.bounces),
    durationMs: BigInt(Math.round(num(r.durationMs))),
  }));
}
