// PostgreSQL connection details for the migration tools. The URL is split into separate fields on
// purpose: pg lets a connectionString override an explicit `database`, which once made a "shadow"
// database connection land on the real database. With fields, `database` means what it says.
import pg from 'pg';
import { redactDatabaseUrl } from '../../lib/database-url';

export type PgFields = {
  host: string;
  port: number;
  user?: string;
  password?: string;
  database: string;
  ssl?: pg.ClientConfig['ssl'];
};

export function pgFieldsFromUrl(url: string): PgFields {
  const parsed = new URL(url);
  const host = parsed.searchParams.get('host') ?? decodeURIComponent(parsed.hostname).replace(/^\[(.*)\]$/, '$1');
  const fields: PgFields = {
    host,
    port: parsed.port ? Number(parsed.port) : 5432,
    database: decodeURIComponent(parsed.pathname.slice(1)),
  };
  if (parsed.username) fields.user = decodeURIComponent(parsed.username);
  if (parsed.password) fields.password = decodeURIComponent(parsed.password);
  const ssl = sslFromMode(parsed.searchParams.get('sslmode') ?? parsed.searchParams.get('ssl'));
  if (ssl !== undefined) fields.ssl = ssl;
  return fields;
}

function sslFromMode(mode: string | null): pg.ClientConfig['ssl'] {
  if (mode === null) return undefined;
  if (mode === 'disable' || mode === 'false') return false;
  if (mode === 'verify-ca' || mode === 'verify-full' || mode === 'true') return true;
  return { rejectUnauthorized: false };
}

/** Quotes an identifier such as a database name for use in SQL. */
export function quoteIdent(name: string): string {
  return `"${name.replaceAll('"', '""')}"`;
}

const PG_CHAR_OID = 18;
const PG_TEXT_OID = 25;

function readCharAsText(result: unknown): void {
  if (Array.isArray(result)) return result.forEach(readCharAsText);
  if (typeof result !== 'object' || result === null || !('fields' in result)) return;
  if (!Array.isArray(result.fields)) return;
  for (const field of result.fields as unknown[]) {
    if (typeof field === 'object' && field !== null && 'dataTypeID' in field && field.dataTypeID === PG_CHAR_OID) {
      field.dataTypeID = PG_TEXT_OID;
    }
  }
}

/**
 * The engine's introspection reads catalog columns of Postgres' internal one-byte `"char"` type
 * (pg_class.relkind and friends). Prisma's pg adapter has no column type for OID 18 and fails the
 * whole query; its text value is already a plain string, so calling it `text` is exact.
 */
export class CharAsTextClient extends pg.Client {}

const clientQuery: (...args: unknown[]) => unknown = pg.Client.prototype.query;

function queryReadingCharAsText(this: pg.Client, ...args: unknown[]): unknown {
  const callback = args.at(-1);
  if (typeof callback === 'function') {
    const wrapped = (error: unknown, result: unknown) => {
      readCharAsText(result);
      return Reflect.apply(callback, undefined, [error, result]) as unknown;
    };
    return Reflect.apply(clientQuery, this, [...args.slice(0, -1), wrapped]);
  }
  const returned = Reflect.apply(clientQuery, this, args);
  if (returned instanceof Promise) {
    return returned.then((result: unknown) => {
      readCharAsText(result);
      return result;
    });
  }
  return returned;
}

Object.defineProperty(CharAsTextClient.prototype, 'query', { value: queryReadingCharAsText, writable: true, configurable: true });

/** Pool settings for the engine: one session, so its advisory lock stays held until we close. */
export function enginePoolConfig(fields: PgFields): pg.PoolConfig {
  return { ...fields, Client: CharAsTextClient, max: 1, idleTimeoutMillis: 0, connectionTimeoutMillis: 10_000 };
}

export class DatabaseConnectionError extends Error {
  override name = 'DatabaseConnectionError';
}

/** Turns a pg connection failure into one line that names DATABASE_URL and a fix, when it is one. */
export function describeConnectError(error: unknown, url: string, fields: PgFields): string | undefined {
  if (!(error instanceof Error)) return undefined;
  const where = `${fields.host}:${fields.port}`;
  const shown = redactDatabaseUrl(url);
  const code = 'code' in error ? error.code : /timeout/i.test(error.message) ? 'ETIMEDOUT' : undefined;
  switch (code) {
    case 'ECONNREFUSED':
    case 'ENOTFOUND':
    case 'EAI_AGAIN':
    case 'ETIMEDOUT':
    case 'EHOSTUNREACH':
      return `Cannot reach the PostgreSQL server at ${where} named by DATABASE_URL (${shown}): ${String(code)}. Fix: start PostgreSQL there, or set DATABASE_URL to a reachable server.`;
    case '28P01':
    case '28000':
      return `PostgreSQL at ${where} rejected the credentials in DATABASE_URL (${shown}). Fix: correct the user and password in DATABASE_URL.`;
    case '3D000':
      return `The database "${fields.database}" named by DATABASE_URL (${shown}) does not exist on ${where}. Fix: create it (createdb -h ${fields.host} -p ${fields.port} ${fields.database}) or correct DATABASE_URL.`;
    default:
      return undefined;
  }
}

export function isMissingDatabase(error: unknown): boolean {
  return typeof error === 'object' && error !== null && 'code' in error && error.code === '3D000';
}

/** An error's message, or its code when (like a refused dual-stack connect) the message is empty. */
export function errorSummary(error: unknown): string {
  if (!(error instanceof Error)) return String(error);
  if (error.message) return error.message;
  return 'code' in error ? String(error.code) : error.name;
}
