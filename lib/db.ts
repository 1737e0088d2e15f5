// The one Prisma client. DATABASE_URL picks the provider at start-up, so one build serves both.
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { PrismaBetterSqlite3 } from '@prisma/adapter-better-sqlite3';
import type BetterSqlite3 from 'better-sqlite3';
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
// wal_autocheckpoint: folding the WAL back every 10,000 pages (40 MB) instead of 1,000 writes a
// hot index page back once per many ingest commits, not nearly once per commit (a third less
// CPU per commit measured on a group of 500 events).
const SQLITE_PRAGMAS =
  'PRAGMA foreign_keys = ON; PRAGMA journal_mode = WAL; PRAGMA busy_timeout = 5000; PRAGMA synchronous = NORMAL; PRAGMA wal_autocheckpoint = 10000;';

class SqliteAdapterFactory extends PrismaBetterSqlite3 {
  /** The better-sqlite3 connection behind the adapter, once Prisma has connected. */
  connection: BetterSqlite3.Database | null = null;

  override async connect() {
    const adapter = await super.connect();
    await adapter.executeScript(SQLITE_PRAGMAS);
    // The adapter keeps its connection in a public `client` field (not in its types).
    this.connection = (adapter as unknown as { client?: BetterSqlite3.Database }).client ?? null;
    return gateTransactions(adapter);
  }
}

// Kept on the client under a registered symbol, so every copy of this module finds it (Next's
// server bundle and our own server's import may each load one; the shared client is whichever made it).
const FACTORY = Symbol.for('pathwise.sqliteAdapterFactory');
type WithFactory = { [FACTORY]?: { connection: BetterSqlite3.Database | null } };

export function createDb(target: DatabaseTarget = parseDatabaseUrl()): Db {
  if (target.provider === 'sqlite') {
    if (target.file !== ':memory:') mkdirSync(path.dirname(target.file), { recursive: true });
    const factory = new SqliteAdapterFactory({ url: target.file, timeout: 5000 });
    const client = new SqliteClient({ adapter: factory });
    (client as WithFactory)[FACTORY] = factory;
    return client;
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

/** Statements on a client's own SQLite connection, each prepared once (see sqliteStatements). */
export type PreparedStatements = {
  /** Rows of a SELECT or RETURNING statement; integers as numbers. */
  rows<Row>(text: string, params: readonly unknown[]): Row[];
  /** Runs a statement once per parameter list; returns the rows changed. */
  runEach(text: string, paramLists: readonly (readonly unknown[])[]): number;
};

const STATEMENTS = Symbol.for('pathwise.preparedStatements');
type WithStatements = { [STATEMENTS]?: Map<string, BetterSqlite3.Statement> };
// Statement texts differ by row count (multi-row VALUES); this bounds how many stay prepared.
const MAX_PREPARED = 512;

function prepared(connection: BetterSqlite3.Database, text: string): BetterSqlite3.Statement {
  if (!connection.inTransaction) throw new Error('sqliteStatements() runs only inside a transaction of its client');
  const cache = ((connection as WithStatements)[STATEMENTS] ??= new Map());
  let statement = cache.get(text);
  if (!statement) {
    if (cache.size >= MAX_PREPARED) cache.clear();
    // The adapter turns on safe integers for the connection; our counts and totals fit in doubles.
    statement = connection.prepare(text).safeIntegers(false);
    cache.set(text, statement);
  }
  return statement;
}

/**
 * The hot ingest path's way past Prisma's raw query path, which prepares every statement anew:
 * statements (already compiled, values in their stored form: lib/sql) run on the client's own
 * better-sqlite3 connection through a cache of prepared statements. Null on PostgreSQL.
 * Only for use INSIDE `client.$transaction(...)`: the transaction gate
 * (./sqlite-transaction-gate.ts) then holds every other query on this one connection back, so
 * these statements belong to that transaction and commit or roll back with it. Outside one it throws.
 */
export function sqliteStatements(client: Db = singleton().db): PreparedStatements | null {
  // Read off the real client (the shared one is made by whichever module copy came first).
  const connection = (client as WithFactory)[FACTORY]?.connection;
  if (!connection) return null;
  return {
    rows: <Row>(text: string, params: readonly unknown[]) => {
      const statement = prepared(connection, text);
      return (statement.reader ? statement.all(params as unknown[]) : (statement.run(params as unknown[]), [])) as Row[];
    },
    runEach: (text, paramLists) => {
      const statement = prepared(connection, text);
      let changes = 0;
      for (const params of paramLists) changes += statement.run(params as unknown[]).changes;
      return changes;
    },
  };
}
