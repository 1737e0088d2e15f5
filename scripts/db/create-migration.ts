// `npm run db:migration -- <name>`: the offline `prisma migrate dev --create-only`, for both providers.
// Each provider's next migration is the difference between replaying its existing migrations and
// the schema composed from prisma/models.prisma. Nothing touches DATABASE_URL: SQLite works in
// memory, and PostgreSQL gets a scratch database (plus the engine's shadow) created and dropped on
// the server named by PATHWISE_SHADOW_PG_URL.
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { redactDatabaseUrl, type DatabaseProvider, type DatabaseTarget } from '../../lib/database-url';
import { composeSchema, providers } from '../prisma/generate';
import { migrationsDir, schemaPath, writeMigration } from './migration-files';
import { createDatabase, dropDatabase, temporaryDatabaseName, type PgAdmin } from './pg-adapter';
import { errorSummary, pgFieldsFromUrl } from './pg-connection';
import { createMigration, withSchemaEngine, type CreatedMigration } from './schema-engine';

export const DEFAULT_SHADOW_PG_URL = 'postgresql://postgres@127.0.0.1:5432/postgres';

export type CreateMigrationsOptions = {
  /** Admin login for scratch databases; defaults to PATHWISE_SHADOW_PG_URL, then DEFAULT_SHADOW_PG_URL. */
  shadowPgUrl?: string;
  /** Defaults to prisma/<provider>/migrations. */
  migrationsDirs?: Partial<Record<DatabaseProvider, string>>;
};

export type CreatedMigrations = Partial<Record<DatabaseProvider, { folder: string }>>;

/** Prisma names folders <timestamp>_<name>; keep the name safe for every file system and for SQL. */
export function normaliseMigrationName(raw: string): string {
  const name = raw.trim().replace(/[\s-]+/g, '_');
  if (!/^[A-Za-z0-9_]{1,100}$/.test(name)) {
    throw new Error(`Invalid migration name "${raw}": use letters, digits and _ (e.g. add_risk_scores).`);
  }
  return name;
}

export async function createMigrations(rawName: string, options: CreateMigrationsOptions = {}): Promise<CreatedMigrations> {
  const name = normaliseMigrationName(rawName);
  for (const provider of providers) writeFileSync(schemaPath(provider), composeSchema(provider));
  const adminUrl = options.shadowPgUrl ?? process.env.PATHWISE_SHADOW_PG_URL ?? DEFAULT_SHADOW_PG_URL;
  const drafts: Partial<Record<DatabaseProvider, CreatedMigration>> = {};
  for (const provider of providers) {
    const dir = options.migrationsDirs?.[provider] ?? migrationsDir(provider);
    const draft = provider === 'sqlite' ? await draftSqlite(name, dir) : await draftPostgres(name, dir, adminUrl);
    if (draft) drafts[provider] = draft;
  }
  // One folder name for both providers keeps each pair of migrations visibly the same change.
  const folderName = drafts.sqlite?.name ?? drafts.postgres?.name;
  const created: CreatedMigrations = {};
  for (const provider of providers) {
    const draft = drafts[provider];
    if (!draft || !folderName) continue;
    const dir = options.migrationsDirs?.[provider] ?? migrationsDir(provider);
    created[provider] = { folder: writeMigration(provider, dir, folderName, draft.script) };
  }
  return created;
}

function draftSqlite(name: string, dir: string): Promise<CreatedMigration | null> {
  const scratch: DatabaseTarget = { provider: 'sqlite', url: 'file::memory:', file: ':memory:' };
  return withSchemaEngine(scratch, { migrationsDir: dir }, (session) => createMigration(session, name));
}

async function draftPostgres(name: string, dir: string, adminUrl: string): Promise<CreatedMigration | null> {
  const admin: PgAdmin = pgFieldsFromUrl(adminUrl);
  const scratchName = temporaryDatabaseName('pathwise_migration_');
  try {
    await createDatabase(admin, scratchName);
  } catch (error) {
    const why = errorSummary(error);
    throw new Error(
      `Creating the PostgreSQL migration needs a server for scratch databases, and ${redactDatabaseUrl(adminUrl)} failed: ${why}. ` +
        'Fix: start PostgreSQL, or set PATHWISE_SHADOW_PG_URL=postgresql://USER@HOST:5432/postgres (a login that may CREATE DATABASE).',
    );
  }
  try {
    const url = new URL(adminUrl);
    url.pathname = `/${scratchName}`;
    const scratch: DatabaseTarget = { provider: 'postgres', url: url.toString() };
    return await withSchemaEngine(scratch, { migrationsDir: dir, shadowAdmin: admin }, (session) => createMigration(session, name));
  } finally {
    await dropDatabase(admin, scratchName);
  }
}

async function main(): Promise<void> {
  const rawName = process.argv.slice(2).join(' ');
  if (!rawName.trim()) {
    console.error('Usage: npm run db:migration -- <name>   (e.g. npm run db:migration -- add_risk_scores)');
    process.exitCode = 1;
    return;
  }
  try {
    const created = await createMigrations(rawName);
    const folders = providers.flatMap((provider) => created[provider] ?? []).map(({ folder }) => folder);
    if (folders.length === 0) {
      console.log('db:migration: no schema changes since the last migration; nothing created.');
      return;
    }
    console.log('db:migration: created');
    for (const folder of folders) console.log(`  ${path.relative(process.cwd(), folder)}/migration.sql`);
    for (const provider of providers) {
      if (!created[provider]) console.log(`  (no change for ${provider})`);
    }
  } catch (error) {
    console.error(`db:migration failed: ${error instanceof Error ? error.message : String(error)}`);
    if (process.env.DEBUG && error instanceof Error) console.error(error.stack);
    process.exitCode = 1;
  }
}

if (process.argv[1] && fileURLToPath(import.meta.url) === path.resolve(process.argv[1])) await main();
