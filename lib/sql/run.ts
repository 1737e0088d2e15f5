// Runs compiled SQL through a Prisma client: the shared one by default, or a job's own client and
// its provider. Free of 'server-only', so jobs run from the CLI share it. Values come back as the
// driver gives them; ./values.ts evens them out.
import { db, dbProvider, type Db, type PreparedStatements, type Prisma } from '@/lib/db';
import type { DatabaseProvider } from '@/lib/database-url';
import { compile, type Sql } from './sql';

export type { Sql } from './sql';
export { sql } from './sql';
export { compareText, isoOrNull, num, numOrNull, ratio, str } from './values';

export type RawClient =
  Pick<Db, '$queryRawUnsafe' | '$executeRawUnsafe'> | Pick<Prisma.TransactionClient, '$queryRawUnsafe' | '$executeRawUnsafe'>;
/**
 * A client and the provider it talks to; omitted, the shared client. `statements`, inside a
 * transaction of the shared SQLite client only, runs the same compiled SQL through cached
 * prepared statements on its connection (lib/db.ts sqliteStatements) instead of Prisma's raw path.
 */
export type Connection = { client: RawClient; provider: DatabaseProvider; statements?: PreparedStatements | null };

const shared = (): Connection => ({ client: db, provider: dbProvider() });

export function rawRows<Row extends Record<string, unknown>>(query: Sql, on: Connection = shared()): Promise<Row[]> {
  const { text, params } = compile(query, on.provider);
  if (on.statements) return Promise.resolve(on.statements.rows<Row>(text, params));
  return on.client.$queryRawUnsafe<Row[]>(text, ...params);
}

/** Runs a statement that returns no rows; resolves to the number of rows it changed. */
export function rawExecute(query: Sql, on: Connection = shared()): Promise<number> {
  const { text, params } = compile(query, on.provider);
  if (on.statements) return Promise.resolve(on.statements.runEach(text, [params]));
  return on.client.$executeRawUnsafe(text, ...params);
}
export { localKey } from './local-key';
