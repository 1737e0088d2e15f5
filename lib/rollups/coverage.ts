// Which whole local days of a site the rollup tables hold: [from, to), contiguous, as the instants
// those days start in the site's zone. Kept per site in Setting (as day labels and the zone they
// were computed in) so a query never mistakes "not rolled up yet" for "no traffic", and rollups of
// another zone (the site's zone changed and the rebuild has not finished) are never read.
import type { Db } from '@/lib/db';
import { UTC, dayStartIn, localDay } from '@/lib/time/site-day';
import type { Span } from './plan';

const DAY = /^\d{4}-\d{2}-\d{2}$/;

export function coverageKey(siteId: string): string {
  return `rollups:coverage:${siteId}`;
}

export async function readCoverage(client: Db, siteId: string, zone: string = UTC): Promise<Span | null> {
  const row = await client.setting.findUnique({ where: { key: coverageKey(siteId) }, select: { value: true } });
  return parseCoverage(row?.value, zone);
}

export function parseCoverage(value: unknown, zone: string = UTC): Span | null {
  if (!value || typeof value !== 'object') return null;
  const { from, to, timeZone } = value as { from?: unknown; to?: unknown; timeZone?: unknown };
  if (typeof from !== 'string' || typeof to !== 'string' || !DAY.test(from) || !DAY.test(to) || from >= to) return null;
  // Coverage written before sites had zones is UTC.
  if ((typeof timeZone === 'string' ? timeZone : UTC) !== zone) return null;
  return { from: dayStartIn(zone, from), to: dayStartIn(zone, to) };
}

export function coverageValue(span: Span, zone: string = UTC): { from: string; to: string; timeZone: string } {
  return { from: localDay(zone, span.from), to: localDay(zone, span.to), timeZone: zone };
}
