// Gets the database named by DATABASE_URL ready for the engine, failing with one readable line
// (naming DATABASE_URL and the fix) when it cannot be, instead of an engine stack trace.
import { existsSync, mkdirSync } from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import pg from 'pg';
import { redactDatabaseUrl, type DatabaseTarget } from '../../lib/database-url';
import { createDatabase } from './pg-adapter';
import {
  DatabaseConnectionError,
  describeConnectError,
  errorSummary,
  isMissingDatabase,
  pgFieldsFromUrl,
  type PgFields,
} from './pg-connection';

export type PreparedDatabase = { created: boolean };

export async function prepareDatabase(target: DatabaseTarget): Promise<PreparedDatabase> {
  return target.provider === 'sqlite' ? prepareSqlite(target.file, target.url) : preparePostgres(target.url);
}

/** The app's pragmas are per connection, but WAL is stored in the file: set it once, here. */
function prepareSqlite(file: string, url: string): PreparedDatabase {
  if (file === ':memory:') return { created: false };
  let db: Database.Database | undefined;
  try {
    const existed = existsSync(file);
    mkdirSync(path.dirname(file), { recursive: true });
    db = new Database(file);
    db.pragma('journal_mode = WAL');
    return { created: !existed };
  } catch (error) {
    const why = error instanceof Error ? error.message : String(error);
    throw new DatabaseConnectionError(
      `Cannot open the SQLite database ${file} named by DATABASE_URL (${url}): ${why}. Fix: make its folder writable, or set DATABASE_URL=file:./data/pathwise.db.`,
    );
  } finally {
    db?.close();
  }
}

/** Like `prisma migrate deploy`, creates the database when the server is there but the database is not. */
async function preparePostgres(url: string): Promise<PreparedDatabase> {
  const fields = pgFieldsFromUrl(url);
  try {
    await ping(fields);
    return { created: false };
  } catch (error) {
    if (!isMissingDatabase(error)) throw explain(error, url, fields);
  }
  try {
    await createDatabase({ ...fields, database: 'postgres' }, fields.database);
    return { created: true };
  } catch (error) {
    const why = describeConnectError(error, url, fields) ?? errorSummary(error);
    throw new DatabaseConnectionError(
      `The database "${fields.database}" named by DATABASE_URL (${redactDatabaseUrl(url)}) does not exist and could not be created (${why}). Fix: create it, or correct DATABASE_URL.`,
    );
  }
}

async function ping(fields: PgFields): Promise<void> {
  const client = new pg.Client({ ...fields, connectionTimeoutMillis: 5_000 });
  // A failed connect can still emit 'error' later; without a listener that would crash the process.
  client.on('error', () => undefined);
  try {
    await client.connect();
    await client.query('SELECT 1');
  } finally {
    await client.end().catch(() => undefined);
  }
}

function explain(error: unknown, url: string, fields: PgFields): unknown {
  const message = describeConnectError(error, url, fields);
  return message ? new DatabaseConnectionError(message) : error;
}
