// Runs one raw query on a given client. Free of 'server-only' so the rollups job (run by the CLI
// and the scheduler in plain Node) can share it; dashboard queries use ./run.ts.
import type { Db } from '@/lib/db';
import type { DatabaseProvider } from '@/lib/database-url';
import { dialectFor, type Dialect } from './dialect';

export type SqlText = { text: string; params: unknown[] };
export type SqlBuilder = (sql: Dialect) => SqlText;

export async function runRaw<Row extends Record<string, unknown>>(
  client: Db,
  provider: DatabaseProvider,
  build: SqlBuilder,
): Promise<Row[]> {
  const dialect = dialectFor(provider);
  const { text, params } = build(dialect);
  return client.$queryRawUnsafe<Row[]>(dialect.placeholders(text), ...params);
}
