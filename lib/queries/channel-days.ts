// Session totals per local day (the site's zone) and channel — sessions, pageviews, bounces, duration — from
// DailyChannelStat for whole rolled-up days and from raw sessions (the rollup's own SQL) for the
// rest. All four are additive, so any range's totals are exact sums. Distinct visitors are not
// additive and are never taken from here.
import 'server-only';
import type { AuthorizedSite } from '@/lib/access';
import { db } from '@/lib/db';
import { readCoverage } from '@/lib/rollups/coverage';
import { planRange, rolledDays } from '@/lib/rollups/plan';
import { channelAggregates } from '@/lib/rollups/aggregates';
import { num, rawRows, str } from '@/lib/sql/run';

export type ChannelDay = { day: string; channel: string; sessions: number; pageviews: number; bounces: number; durationMs: number };

export async function channelDays(site: AuthorizedSite, from: Date, to: Date, useRollups = true): Promise<ChannelDay[]> {
  const zone = site.timeZone;
  const plan = planRange(from, to, useRollups ? await readCoverage(db, site.id, zone) : null, zone);
  const parts = await Promise.all([
    ...plan.raw.map((span) =>
      rawRows(channelAggregates({ siteId: site.id, from: span.from, to: span.to, byDay: true, zone })).then((rows) =>
        rows.map((r) => ({
          day: str(r.day),
          channel: str(r.channel),
          sessions: num(r.sessions),
          pageviews: num(r.pageviews),
          bounces: num(r.bounces),
          durationMs: num(r.durationMs),
        })),
      ),
    ),
    plan.rolled
      ? db.dailyChannelStat
          .findMany({
            where: { siteId: site.id, day: rolledDays(plan.rolled, zone) },
            select: { day: true, channel: true, sessions: true, pageviews: true, bounces: true, durationMs: true },
          })
          .then((rows) =>
            rows.map((r) => ({
              day: r.day.toISOString().slice(0, 10),
              channel: r.channel,
              sessions: r.sessions,
              pageviews: r.pageviews,
              bounces: r.bounces,
              durationMs: Number(r.durationMs),
            })),
          )
      : Promise.resolve([]),
  ]);
  return parts.flat();
}

/** Sums of the additive session figures over some of the rows. */
export function sumChannelDays(rows: readonly ChannelDay[]): Omit<ChannelDay, 'day' | 'channel'> {
  const total = { sessions: 0, pageviews: 0, bounces: 0, durationMs: 0 };
  for (const row of rows) {
    total.sessions += row.sessions;
    total.pageviews += row.pageviews;
    total.bounces += row.bounces;
    total.durationMs += row.durationMs;
  }
  return total;
}
