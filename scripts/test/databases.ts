// Each integration run gets its own database, made here and dropped afterwards.
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import pg from 'pg';

export type TestDatabase = { provider: 'sqlite' | 'postgres'; url: string; drop: () => Promise<void> };

export const PG_ADMIN_URL = process.env.PATHWISE_TEST_PG_URL ?? 'postgresql://postgres@127.0.0.1:5432/postgres';

export function createSqliteDatabase(): TestDatabase {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'pathwise-it-'));
  return {
    provider: 'sqlite',
    url: `file:${path.join(dir, 'test.db')}`,
    drop: async () => rmSync(dir, { recursive: true, force: true }),
  };
}

export async function createPostgresDatabase(): Promise<TestDatabase> {
  // PATHWISE_TEST_DB_PREFIX keeps parallel checkouts' databases apart by name.
  const prefix = /^[a-z][a-z0-9_]{0,30}$/.test(process.env.PATHWISE_TEST_DB_PREFIX ?? '')
    ? process.env.PATHWISE_TEST_DB_PREFIX
    : 'pathwise_it';
  const name = `${prefix}_${process.pid}_${Date.now().toString(36)}`;
  await withAdmin((client) => client.query(`CREATE DATABASE ${name}`));
  const url = new URL(PG_ADMIN_URL);
  url.pathname = `/${name}`;
  return {
    provider: 'postgres',
    url: url.toString(),
    drop: () => withAdmin((client) => client.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`)).then(() => undefined),
  };
}

async function withAdmin<T>(work: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: PG_ADMIN_URL, connectionTimeoutMillis: 5000 });
  try {
    await client.connect();
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    throw new Error(
      `PostgreSQL at ${PG_ADMIN_URL} does not answer (${reason}). The integration suite runs on Postgres too and never skips it: ` +
        `start it with \`pg_ctlcluster --skip-systemctl-redirect $(ls /etc/postgresql) main start\` or set PATHWISE_TEST_PG_URL.`,
    );
  }
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}
