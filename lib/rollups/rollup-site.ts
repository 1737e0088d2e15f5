// Rebuilds one site's rollups for whole days [from, to) and extends its coverage, atomically:
// a dashboard reading meanwhile sees either the old rows and coverage or the new ones.
import type { Db } from '@/lib/db';
import type { DatabaseProvider } from '@/lib/database-url';
import { computeChannelRows, computePageRows } from './compute';
import { coverageKey, coverageValue, readCoverage } from './coverage';
import type { Span } from './plan';

export const DAY_MS = 86_400_000;
/** Days recomputed per transaction, so a 90-day backfill does not hold one long write lock. */
const CHUNK_DAYS = 14;

export type SiteRollupResult = { days: number; pageRows: number; channelRows: number; coverage: Span | null };

export async function rollupSite(client: Db, provider: DatabaseProvider, siteId: string, span: Span): Promise<SiteRollupResult> {
  let pageRows = 0;
  let channelRows = 0;
  let coverage = await readCoverage(client, siteId);
  for (let start = span.from.getTime(); start < span.to.getTime(); start += CHUNK_DAYS * DAY_MS) {
    const from = new Date(start);
    const to = new Date(Math.min(span.to.getTime(), start + CHUNK_DAYS * DAY_MS));
    const [pages, channels] = await Promise.all([
      computePageRows(client, provider, siteId, from, to),
      computeChannelRows(client, provider, siteId, from, to),
    ]);
    // Coverage stays contiguous: a chunk joins it only when it touches or overlaps it.
    const joins = coverage && from <= coverage.to && to >= coverage.from;
    const next: Span =
      joins && coverage
        ? { from: new Date(Math.min(coverage.from.getTime(), from.getTime())), to: new Date(Math.max(coverage.to.getTime(), to.getTime())) }
        : { from: span.from, to };
    const day = { gte: from, lt: to };
    await client.$transaction(
      [
        client.dailyPageStat.deleteMany({ where: { siteId, day } }),
        client.dailyChannelStat.deleteMany({ where: { siteId, day } }),
        client.dailyPageStat.createMany({ data: pages }),
        client.dailyChannelStat.createMany({ data: channels }),
        client.setting.upsert({
          where: { key: coverageKey(siteId) },
          create: { key: coverageKey(siteId), value: coverageValue(next) },
          update: { value: coverageValue(next) },
        }),
        // 14 days of rows can outlast the default 5 s when the machine is busy (seen while seeding 1M on PostgreSQL).
      ],
      { timeout: 60_000 },
    );
    coverage = next;
    pageRows += pages.length;
    channelRows += channels.length;
  }
  return { days: Math.round((span.to.getTime() - span.from.getTime()) / DAY_MS), pageRows, channelRows, coverage };
}
