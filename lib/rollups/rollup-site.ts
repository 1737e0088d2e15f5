// Rebuilds one site's rollups for whole local days [from, to) and extends its coverage, atomically:
// a dashboard reading meanwhile sees either the old rows and coverage or the new ones. `from` and
// `to` are local midnights of the site's zone (lib/time/site-day.ts).
import type { Db } from '@/lib/db';
import type { DatabaseProvider } from '@/lib/database-url';
import { UTC, addDays, dayStartIn, daysBetween, labelDate, localDay } from '@/lib/time/site-day';
import { computeChannelRows, computePageRows } from './compute';
import { behaviourWrites, computeBehaviourRows, dropBehaviourWrites } from '@/lib/behaviour-days/compute';
import { coverageKey, coverageValue, readCoverage } from './coverage';
import type { Span } from './plan';

export const DAY_MS = 86_400_000;
/** Days recomputed per transaction, so a 90-day backfill does not hold one long write lock. */
const CHUNK_DAYS = 14;

export type SiteRollupResult = { days: number; pageRows: number; channelRows: number; coverage: Span | null };
/** Called after each chunk with the days done so far and the span's total. */
export type RollupProgress = (done: number, total: number) => void | Promise<void>;

export async function rollupSite(
  client: Db,
  provider: DatabaseProvider,
  siteId: string,
  span: Span,
  zone: string = UTC,
  progress?: RollupProgress,
): Promise<SiteRollupResult> {
  let pageRows = 0;
  let channelRows = 0;
  let coverage = await readCoverage(client, siteId, zone);
  const total = daysBetween(zone, span.from, span.to).length;
  let done = 0;
  for (let day = localDay(zone, span.from); dayStartIn(zone, day) < span.to; day = addDays(day, CHUNK_DAYS)) {
    const from = dayStartIn(zone, day);
    const to = new Date(Math.min(span.to.getTime(), dayStartIn(zone, addDays(day, CHUNK_DAYS)).getTime()));
    const [pages, channels, behaviour] = await Promise.all([
      computePageRows(client, provider, siteId, from, to, zone),
      computeChannelRows(client, provider, siteId, from, to, zone),
      computeBehaviourRows(client, provider, siteId, from, to, zone),
    ]);
    // Coverage stays contiguous: a chunk joins it only when it touches or overlaps it.
    const joins = coverage && from <= coverage.to && to >= coverage.from;
    const next: Span =
      joins && coverage
        ? { from: new Date(Math.min(coverage.from.getTime(), from.getTime())), to: new Date(Math.max(coverage.to.getTime(), to.getTime())) }
        : { from: span.from, to };
    // The tables store each local day by its date (labelDate), so the chunk's rows are its labels.
    const days = { gte: labelDate(localDay(zone, from)), lt: labelDate(localDay(zone, to)) };
    await client.$transaction(
      [
        client.dailyPageStat.deleteMany({ where: { siteId, day: days } }),
        client.dailyChannelStat.deleteMany({ where: { siteId, day: days } }),
        client.dailyPageStat.createMany({ data: pages }),
        client.dailyChannelStat.createMany({ data: channels }),
        ...behaviourWrites(client, provider, siteId, days, behaviour),
        client.setting.upsert({
          where: { key: coverageKey(siteId) },
          create: { key: coverageKey(siteId), value: coverageValue(next, zone) },
          update: { value: coverageValue(next, zone) },
        }),
      ],
      // 14 days of rows can outlast the default 5 s when the machine is busy (seen while seeding 1M on PostgreSQL).
      { timeout: 60_000 },
    );
    coverage = next;
    pageRows += pages.length;
    channelRows += channels.length;
    done += daysBetween(zone, from, to).length;
    await progress?.(done, total);
  }
  return { days: total, pageRows, channelRows, coverage };
}

/** Forgets a site's rollups and coverage (its zone changed: every stored day means another day). */
export async function dropRollups(client: Db, siteId: string): Promise<void> {
  await client.$transaction([
    client.setting.deleteMany({ where: { key: coverageKey(siteId) } }),
    client.dailyPageStat.deleteMany({ where: { siteId } }),
    client.dailyChannelStat.deleteMany({ where: { siteId } }),
    ...dropBehaviourWrites(client, siteId),
  ]);
}
