// Raw dashboard queries on the shared client. Values come back normalised by ./values.ts.
import 'server-only';
import { db, dbProvider } from '@/lib/db';
import { runRaw, type SqlBuilder } from './raw';

export type { SqlBuilder } from './raw';
export { compareText, isoOrNull, num, numOrNull, ratio, str } from './values';

export function rawRows<Row extends Record<string, unknown>>(build: SqlBuilder): Promise<Row[]> {
  return runRaw<Row>(db, dbProvider(), build);
}
