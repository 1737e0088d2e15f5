// The one Prisma client. DATABASE_URL picks the provider at start-up, so one build serves both.
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { PrismaBetterSqlite3 } from '@prisma/adapter-better-sqlite3';
import { PrismaPg } from '@prisma/adapter-pg';
import { PrismaClient as SqliteClient } from './generated/sqlite/client';
import { PrismaClient as PostgresClient } from './generated/postgres/client';
import { parseDatabaseUrl, type DatabaseProvider, type DatabaseTarget } from './database-url';
import { gateTransactions } from './sqlite-transaction-gate';

// Both generated clients come from the same models, so they share one shape; the SQLite one names it.
export type Db = InstanceType<typeof SqliteClient>;
export type { Prisma } from './generated/sqlite/client';

// Foreign keys are per connection in SQLite and off by default; WAL lets dashboards read while
// ingest writes; busy_timeout makes a second writer wait instead of failing.
const SQLITE_PRAGMAS = 'PRAGMA foreign_keys = ON; PRAGMA journal_mode = WAL; PRAGMA busy_timeout = 5000; PRAGMA synchronous = NORMAL;';

class SqliteAdapterFactory extends PrismaBetterSqlite3 {
  override async connect() {
    const adapter = await super.connect();
    await adapter.executeScript(SQLITE_PRAGMAS);
    return gateTransactions(adapter);
  }
}

export function createDb(target: DatabaseTarget = parseDatabaseUrl()): Db {
  if (target.provider === 'sqlite') {
    if (target.file !== ':memory:') mkdirSync(path.dirname(target.file), { recursive: true });
    return new SqliteClient({ adapter: new SqliteAdapterFactory({ url: target.file, timeout: 5000 }) });
  }
  // A Postgres restart must not crash the server: idle-connection errors are logged in one line
  // and the pool reconnects on the next query (/api/health reports 503 meanwhile).
  const logLost = (error: Error) => console.error(`[pathwise] lost a PostgreSQL connection: ${error.message}`);
  const adapter = new PrismaPg(
    { connectionString: target.url, max: 10, connectionTimeoutMillis: 5000 },
    { onPoolError: logLost, onConnectionError: logLost },
  );
  return new PostgresClient({ adapter }) as unknown as Db;
}

const globalForDb = globalThis as unknown as { pathwiseDb?: { db: Db; provider: DatabaseProvider } };

function singleton() {
  if (!globalForDb.pathwiseDb) {
    const target = parseDatabaseUrl();
    globalForDb.pathwiseDb = { db: createDb(target), provider: target.provider };
  }
  return globalForDb.pathwiseDb;
}

/** The shared client. Created on first use, so importing this module never touches the database. */
export const db: Db = new Proxy({} as Db, {
  get(_target, property) {
    const client = singleton().db;
    const value = Reflect.get(client, property, client) as unknown;
    return typeof value === 'function' ? (value as (...args: unknown[]) => unknown).bind(client) : value;
  },
});

export function dbProvider(): DatabaseProvider {
  return singleton().provider;
}
