// Which whole UTC days of a site the rollup tables hold: [from, to), contiguous. Kept per site in
// Setting so a query never mistakes "not rolled up yet" for "no traffic".
import type { Db } from '@/lib/db';
import type { Span } from './plan';

const DAY = /^\d{4}-\d{2}-\d{2}$/;

export function coverageKey(siteId: string): string {
  return `rollups:coverage:${siteId}`;
}

export async function readCoverage(client: Db, siteId: string): Promise<Span | null> {
  const row = await client.setting.findUnique({ where: { key: coverageKey(siteId) }, select: { value: true } });
  return parseCoverage(row?.value);
}

export function parseCoverage(value: unknown): Span | null {
  if (!value || typeof value !== 'object') return null;
  const { from, to } = value as { from?: unknown; to?: unknown };
  if (typeof from !== 'string' || typeof to !== 'string' || !DAY.test(from) || !DAY.test(to) || from >= to) return null;
  return { from: new Date(`${from}T00:00:00.000Z`), to: new Date(`${to}T00:00:00.000Z`) };
}

export function coverageValue(span: Span): { from: string; to: string } {
  return { from: span.from.toISOString().slice(0, 10), to: span.to.toISOString().slice(0, 10) };
}
