// `npm run db:migrate`: applies pending migrations from prisma/<provider>/migrations to the database
// named by DATABASE_URL, like `prisma migrate deploy` but through the wasm engine (works offline).
// scripts/start.ts and the integration test runner call migrateDatabase() in-process.
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { DatabaseConfigError, parseDatabaseUrl, redactDatabaseUrl, type DatabaseProvider } from '../../lib/database-url';
import { migrationNames } from './migration-files';
import { DatabaseConnectionError } from './pg-connection';
import { prepareDatabase } from './prepare-database';
import { applyMigrations, withSchemaEngine } from './schema-engine';

export type MigrateResult = {
  provider: DatabaseProvider;
  /** The SQLite file or the redacted PostgreSQL URL, for messages. */
  database: string;
  /** True when the database (file or PostgreSQL database) did not exist and was created. */
  created: boolean;
  /** Migration folder names applied by this call, oldest first; empty when already up to date. */
  applied: string[];
  /** How many migrations the folder holds in total. */
  total: number;
};

export type MigrateOptions = {
  /** Defaults to prisma/<provider>/migrations. */
  migrationsDir?: string;
};

/**
 * Applies pending migrations. `url` defaults to DATABASE_URL (then file:./data/pathwise.db).
 * Rejects with DatabaseConfigError for a malformed URL and DatabaseConnectionError for a database
 * that cannot be reached; both messages are one line naming DATABASE_URL and the fix.
 */
export async function migrateDatabase(url?: string, options: MigrateOptions = {}): Promise<MigrateResult> {
  const target = parseDatabaseUrl(url);
  const { created } = await prepareDatabase(target);
  return withSchemaEngine(target, options, async (session) => {
    const applied = await applyMigrations(session);
    return {
      provider: target.provider,
      database: target.provider === 'sqlite' ? target.file : redactDatabaseUrl(target.url),
      created,
      applied,
      total: migrationNames(session.migrationsDir).length,
    };
  });
}

export function describeMigrateResult(result: MigrateResult): string {
  const where = `${result.provider} ${result.database}`;
  const lines = result.created ? [`db:migrate: created ${where}`] : [];
  if (result.applied.length === 0) {
    lines.push(`db:migrate: ${where} is up to date (${result.total} migration${result.total === 1 ? '' : 's'}, none pending)`);
  } else {
    lines.push(`db:migrate: applied ${result.applied.length} migration${result.applied.length === 1 ? '' : 's'} to ${where}:`);
    lines.push(...result.applied.map((name) => `  ${name}`));
  }
  return lines.join('\n');
}

async function main(): Promise<void> {
  try {
    console.log(describeMigrateResult(await migrateDatabase()));
  } catch (error) {
    // Known, user-fixable failures are one line; anything else shows its message, and its stack on request.
    if (error instanceof DatabaseConfigError || error instanceof DatabaseConnectionError) {
      console.error(error.message);
    } else {
      console.error(`db:migrate failed: ${error instanceof Error ? error.message : String(error)}`);
      if (process.env.DEBUG && error instanceof Error) console.error(error.stack);
    }
    process.exitCode = 1;
  }
}

if (process.argv[1] && fileURLToPath(import.meta.url) === path.resolve(process.argv[1])) await main();
