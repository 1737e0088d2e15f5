// Per-path figures for the Pages table and the overview's top pages. Views, entries, bounces,
// time on page and load time are additive, so whole rolled-up days come from DailyPageStat and
// the rest from raw rows (same SQL as the rollups job). Unique visitors are not additive across
// days, so they are always counted exactly from raw pageviews over the whole range.
import 'server-only';
import type { AuthorizedSite } from '@/lib/access';
import { db } from '@/lib/db';
import { readCoverage } from '@/lib/rollups/coverage';
import { planRange, rolledDays } from '@/lib/rollups/plan';
import { entryAggregates, NO_PATH, pageEventAggregates } from '@/lib/rollups/aggregates';
import { compareText, num, rawRows, ratio, sql, str } from '@/lib/sql/run';

export type PageRow = {
  path: string;
  views: number;
  visitors: number;
  entries: number;
  /** Bounced entry sessions / entry sessions; null when no session started on the page. */
  bounceRate: number | null;
  /** Total page_exit duration / views. */
  avgTimeMs: number;
  /** Mean pageview load time (the pageview's durationMs, sent by the SDK as `ms`); null without samples. */
  avgLoadMs: number | null;
};

type Totals = { views: number; entries: number; bounces: number; engagementMs: number; loadMs: number; loadSamples: number };
const ZERO: Totals = { views: 0, entries: 0, bounces: 0, engagementMs: 0, loadMs: 0, loadSamples: 0 };

export type PageStatsOptions = {
  limit?: number;
  useRollups?: boolean;
  /** false skips the exact unique-visitor count (a raw scan) when the caller does not show it; visitors is then 0. */
  withVisitors?: boolean;
};

export async function getPageStats(site: AuthorizedSite, from: Date, to: Date, options: PageStatsOptions = {}): Promise<PageRow[]> {
  const zone = site.timeZone;
  const coverage = options.useRollups === false ? null : await readCoverage(db, site.id, zone);
  const plan = planRange(from, to, coverage, zone);
  const totals = new Map<string, Totals>();
  const add = (path: string, part: Partial<Totals>) => {
    const row = totals.get(path) ?? { ...ZERO };
    for (const key of Object.keys(part) as (keyof Totals)[]) row[key] += part[key] ?? 0;
    totals.set(path, row);
  };

  const work: Promise<void>[] = [];
  for (const span of plan.raw) {
    const range = { siteId: site.id, from: span.from, to: span.to, byDay: false };
    work.push(
      rawRows(pageEventAggregates(range)).then((rows) => {
        for (const r of rows)
          add(str(r.path), {
            views: num(r.views),
            engagementMs: num(r.engagementMs),
            loadMs: num(r.loadMs),
            loadSamples: num(r.loadSamples),
          });
      }),
      rawRows(entryAggregates(range)).then((rows) => {
        for (const r of rows) add(str(r.path), { entries: num(r.entries), bounces: num(r.bounces) });
      }),
    );
  }
  if (plan.rolled) {
    const sum = { views: true, entries: true, bounces: true, engagementMs: true, loadMs: true, loadSamples: true } as const;
    work.push(
      db.dailyPageStat.groupBy({ by: ['path'], where: { siteId: site.id, day: rolledDays(plan.rolled, zone) }, _sum: sum }).then((rows) => {
        for (const { path, _sum: s } of rows) {
          add(path, {
            views: s.views ?? 0,
            entries: s.entries ?? 0,
            bounces: s.bounces ?? 0,
            engagementMs: num(s.engagementMs),
            loadMs: num(s.loadMs),
            loadSamples: s.loadSamples ?? 0,
          });
        }
      }),
    );
  }
  const [uniques] = await Promise.all([
    options.withVisitors === false ? new Map<string, number>() : uniqueVisitorsByPath(site, from, to),
    ...work,
  ]);

  const rows: PageRow[] = [...totals].map(([path, t]) => ({
    path,
    views: t.views,
    visitors: uniques.get(path) ?? 0,
    entries: t.entries,
    bounceRate: t.entries === 0 ? null : ratio(t.bounces, t.entries),
    avgTimeMs: Math.round(ratio(t.engagementMs, t.views)),
    avgLoadMs: t.loadSamples === 0 ? null : Math.round(t.loadMs / t.loadSamples),
  }));
  rows.sort((a, b) => b.views - a.views || b.entries - a.entries || compareText(a.path, b.path));
  return options.limit ? rows.slice(0, options.limit) : rows;
}

async function uniqueVisitorsByPath(site: AuthorizedSite, from: Date, to: Date): Promise<Map<string, number>> {
  const rows = await rawRows(
    sql`SELECT COALESCE("path", ${sql.raw(`'${NO_PATH}'`)}) AS "path", COUNT(DISTINCT "visitorId") AS "visitors" FROM "Event"
      WHERE "siteId" = ${site.id} AND "type" = 'pageview' AND ${sql.range('"timestamp"', from, to)} GROUP BY 1`,
  );
  return new Map(rows.map((r) => [str(r.path), num(r.visitors)]));
}
