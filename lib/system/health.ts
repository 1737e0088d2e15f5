import 'server-only';
import { dbProvider } from '@/lib/db';
import { DatabaseConfigError } from '@/lib/database-url';
import { rawRows, sql } from '@/lib/sql/run';
import packageJson from '@/package.json' with { type: 'json' };

export type Health =
  | { ok: true; body: { status: 'ok'; db: 'sqlite' | 'postgres'; version: string } }
  | {
      ok: false;
      body: { status: 'error'; db: 'sqlite' | 'postgres' | 'unknown'; version: string; error: { code: string; message: string } };
    };

/** Round-trips one query so a probe sees the database, not just the process. */
export async function checkHealth(): Promise<Health> {
  const version = packageJson.version;
  let provider: 'sqlite' | 'postgres' | 'unknown' = 'unknown';
  try {
    provider = dbProvider();
    await rawRows(sql`SELECT 1`);
    return { ok: true, body: { status: 'ok', db: provider, version } };
  } catch (error) {
    const message = error instanceof DatabaseConfigError ? error.message : `The database cannot be reached: ${firstLine(error)}`;
    console.error(`[pathwise] health check failed: ${message}`);
    return { ok: false, body: { status: 'error', db: provider, version, error: { code: 'database_unavailable', message } } };
  }
}

function firstLine(error: unknown): string {
  const text = error instanceof Error ? error.message : String(error);
  return text.trim().split('\n').at(-1)?.trim() || 'unknown error';
}
