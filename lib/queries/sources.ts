// Where sessions come from: channels, referring domains and UTM values. Counted per session
// started in the range (a visitor who arrives twice from different channels counts in both).
import 'server-only';
import type { AuthorizedSite } from '@/lib/access';
import { CHANNELS } from '@/lib/taxonomy';
import { bucketKeys } from '@/lib/sql/buckets';
import { channelDays, sumChannelDays } from './channel-days';
import { visitorsByChannel } from './visitor-days';
import { compareText, num, rawRows, ratio, sql, str } from '@/lib/sql/run';

export type ChannelRow = {
  channel: string;
  sessions: number;
  visitors: number;
  pageviews: number;
  bounceRate: number;
  avgDurationMs: number;
};
export type SourceRow = { value: string; sessions: number; visitors: number };
export type UtmField = 'utmSource' | 'utmMedium' | 'utmCampaign';
export type ChannelTrend = { days: string[]; series: { channel: string; sessions: number[] }[] };
export type Sources = {
  channels: ChannelRow[];
  referrers: SourceRow[];
  utmSource: SourceRow[];
  utmMedium: SourceRow[];
  utmCampaign: SourceRow[];
};

const bySessions =
  <T extends { sessions: number }>(key: (row: T) => string) =>
  (a: T, b: T) =>
    b.sessions - a.sessions || compareText(key(a), key(b));

/**
 * Sessions, pageviews, bounce rate and mean duration per channel (rollups + raw edges), and the
 * distinct visitors of each channel (VisitorDay + raw edges, exact; skipped with withVisitors: false, leaving 0).
 */
export async function getChannels(
  site: AuthorizedSite,
  from: Date,
  to: Date,
  options: { withVisitors?: boolean; useRollups?: boolean } = {},
): Promise<ChannelRow[]> {
  const [days, visitors] = await Promise.all([
    channelDays(site, from, to, options.useRollups !== false),
    options.withVisitors === false
      ? Promise.resolve(new Map<string, number>())
      : visitorsByChannel(site, from, to, options.useRollups !== false),
  ]);
  const byChannel = new Map<string, typeof days>();
  for (const row of days) byChannel.set(row.channel, [...(byChannel.get(row.channel) ?? []), row]);
  return [...byChannel]
    .map(([channel, rows]) => {
      const total = sumChannelDays(rows);
      return {
        channel,
        sessions: total.sessions,
        visitors: visitors.get(channel) ?? 0,
        pageviews: total.pageviews,
        bounceRate: ratio(total.bounces, total.sessions),
        avgDurationMs: Math.round(ratio(total.durationMs, total.sessions)),
      };
    })
    .filter((row) => row.sessions > 0)
    .sort(bySessions((row) => row.channel));
}

/** Top values of one session column (referring domain or a UTM field); sessions without one are left out. */
export async function getSourceBreakdown(
  site: AuthorizedSite,
  from: Date,
  to: Date,
  column: UtmField | 'referrerDomain',
  limit = 20,
): Promise<SourceRow[]> {
  const value = sql.raw(`"${column}"`);
  const rows = await rawRows(
    sql`SELECT ${value} AS "value", COUNT(*) AS "sessions", COUNT(DISTINCT "visitorId") AS "visitors" FROM "Session"
      WHERE "siteId" = ${site.id} AND ${sql.range('"startedAt"', from, to)} AND ${value} IS NOT NULL AND ${value} <> ''
      GROUP BY 1 ORDER BY 2 DESC, ${sql.textOrder(value)} LIMIT ${limit}`,
  );
  return rows
    .map((r) => ({ value: str(r.value), sessions: num(r.sessions), visitors: num(r.visitors) }))
    .sort(bySessions((row) => row.value));
}

export async function getSources(site: AuthorizedSite, from: Date, to: Date, limit = 20): Promise<Sources> {
  const [channels, referrers, utmSource, utmMedium, utmCampaign] = await Promise.all([
    getChannels(site, from, to),
    getSourceBreakdown(site, from, to, 'referrerDomain', limit),
    getSourceBreakdown(site, from, to, 'utmSource', limit),
    getSourceBreakdown(site, from, to, 'utmMedium', limit),
    getSourceBreakdown(site, from, to, 'utmCampaign', limit),
  ]);
  return { channels, referrers, utmSource, utmMedium, utmCampaign };
}

/** Sessions per channel per local day (rolled-up days from DailyChannelStat, the rest raw). */
export async function getChannelTrend(
  site: AuthorizedSite,
  from: Date,
  to: Date,
  options: { useRollups?: boolean } = {},
): Promise<ChannelTrend> {
  const cells = new Map<string, number>();
  for (const row of await channelDays(site, from, to, options.useRollups !== false)) {
    cells.set(`${row.day} ${row.channel}`, (cells.get(`${row.day} ${row.channel}`) ?? 0) + row.sessions);
  }
  const days = bucketKeys(from, to, 'day', site.timeZone);
  const seen = new Set([...cells.keys()].map((key) => key.slice(11)));
  // Known channels in their usual order, then anything else ingest may have classified.
  const channels = [
    ...CHANNELS.filter((c) => seen.has(c)),
    ...[...seen].filter((c) => !(CHANNELS as readonly string[]).includes(c)).sort(compareText),
  ];
  return { days, series: channels.map((channel) => ({ channel, sessions: days.map((day) => cells.get(`${day} ${channel}`) ?? 0) })) };
}
