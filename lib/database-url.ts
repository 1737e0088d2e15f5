// Parses DATABASE_URL once, for the app, the migration CLI and the tests alike, so a bad
// value fails the same readable way everywhere.
import path from 'node:path';

export type DatabaseProvider = 'sqlite' | 'postgres';

export type DatabaseTarget = { provider: 'sqlite'; url: string; file: string } | { provider: 'postgres'; url: string };

export const DEFAULT_DATABASE_URL = 'file:./data/pathwise.db';

export class DatabaseConfigError extends Error {
  override name = 'DatabaseConfigError';
}

export function parseDatabaseUrl(raw: string | undefined = process.env.DATABASE_URL, cwd = process.cwd()): DatabaseTarget {
  const url = raw?.trim() || DEFAULT_DATABASE_URL;
  if (url.startsWith('file:')) {
    const file = url.slice('file:'.length).split('?')[0] ?? '';
    if (!file) throw new DatabaseConfigError(invalid(url, 'a SQLite URL needs a path, e.g. file:./data/pathwise.db'));
    return { provider: 'sqlite', url, file: file === ':memory:' ? file : path.resolve(cwd, file) };
  }
  if (/^postgres(ql)?:\/\//.test(url)) {
    let parsed: URL;
    try {
      parsed = new URL(url);
    } catch {
      throw new DatabaseConfigError(invalid(url, 'it is not a valid URL'));
    }
    if (!parsed.hostname) throw new DatabaseConfigError(invalid(url, 'it names no host'));
    if (parsed.pathname.length <= 1) throw new DatabaseConfigError(invalid(url, 'it names no database'));
    return { provider: 'postgres', url };
  }
  throw new DatabaseConfigError(invalid(url, 'it must start with file: (SQLite) or postgres:// / postgresql:// (PostgreSQL)'));
}

/** Hides the password so a URL can be printed in an error or log. */
export function redactDatabaseUrl(url: string): string {
  return url.replace(/\/\/([^:/@]+):[^@]*@/, '//$1:***@');
}

function invalid(url: string, why: string): string {
  return `DATABASE_URL is invalid (${redactDatabaseUrl(url)}): ${why}. Fix: set DATABASE_URL=file:./data/pathwise.db or DATABASE_URL=postgresql://USER@HOST:5432/DB.`;
}
