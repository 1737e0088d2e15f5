// Typed entry points to Prisma's wasm schema engine, the offline stand-in for the native engine:
// applyMigrations = `migrate deploy`, createMigration = `migrate dev --create-only`, plus diffs.
import { bindMigrationAwareSqlAdapterFactory } from '@prisma/driver-adapter-utils';
import type { SchemaContainer, SchemaFilter } from '@prisma/schema-engine-wasm';
import type { DatabaseProvider, DatabaseTarget } from '../../lib/database-url';
import { composeSchema } from '../prisma/generate';
import { migrationsDir, readMigrationList, schemaPath } from './migration-files';
import { PgMigrationAdapterFactory, type PgAdmin } from './pg-adapter';
import { pgFieldsFromUrl } from './pg-connection';
import { SqliteMigrationAdapterFactory } from './sqlite-adapter';
import { startSchemaEngine, type SchemaEngine } from './wasm-engine';

export type EngineSession = {
  engine: SchemaEngine;
  provider: DatabaseProvider;
  /** The schema composed from prisma/models.prisma: the state every diff aims at. */
  schema: SchemaContainer;
  migrationsDir: string;
};

export type EngineOptions = {
  /** PostgreSQL login where shadow databases may be created; SQLite shadows live in memory. */
  shadowAdmin?: PgAdmin;
  /** Defaults to prisma/<provider>/migrations. */
  migrationsDir?: string;
};

const NO_FILTERS: SchemaFilter = { externalTables: [], externalEnums: [] };

/** Runs `work` with an engine connected to `target`, and always closes every connection after. */
export async function withSchemaEngine<T>(
  target: DatabaseTarget,
  options: EngineOptions,
  work: (session: EngineSession) => Promise<T>,
): Promise<T> {
  const factory =
    target.provider === 'sqlite'
      ? new SqliteMigrationAdapterFactory(target.file)
      : new PgMigrationAdapterFactory(pgFieldsFromUrl(target.url), options.shadowAdmin);
  const schema = { path: schemaPath(target.provider), content: composeSchema(target.provider) };
  try {
    const engine = await startSchemaEngine(bindMigrationAwareSqlAdapterFactory(factory), [[schema.path, schema.content]]);
    try {
      return await work({
        engine,
        provider: target.provider,
        schema,
        migrationsDir: options.migrationsDir ?? migrationsDir(target.provider),
      });
    } finally {
      engine.free();
    }
  } catch (error) {
    throw cleanEngineError(error);
  } finally {
    await factory.close();
  }
}

/** `prisma migrate deploy`: applies pending migrations, returns the names it applied. */
export async function applyMigrations(session: EngineSession): Promise<string[]> {
  const migrationsList = readMigrationList(session.migrationsDir, session.provider);
  const { appliedMigrationNames } = await session.engine.applyMigrations({ migrationsList, filters: NO_FILTERS });
  return appliedMigrationNames;
}

/** SQL that would bring the connected database to the schema; '' when they already match. */
export function diffDatabaseToSchema(session: EngineSession): Promise<string> {
  return diffToSchema(session, { tag: 'schemaDatasource', files: [session.schema], configDir: session.migrationsDir });
}

async function diffToSchema(session: EngineSession, from: Parameters<SchemaEngine['diff']>[0]['from']): Promise<string> {
  const result = await session.engine.diff({
    from,
    to: { tag: 'schemaDatamodel', files: [session.schema] },
    script: true,
    exitCode: true, // makes exitCode 2 mean "not empty", so we need not parse the script
    filters: NO_FILTERS,
  });
  return result.exitCode === 2 ? (result.stdout ?? '') : '';
}

export type CreatedMigration = { name: string; script: string };

/**
 * `prisma migrate dev --create-only` against the connected (scratch) database: brings it up to
 * date, checks the history is sound, and returns the next migration, or null if nothing changed.
 */
export async function createMigration(session: EngineSession, migrationName: string): Promise<CreatedMigration | null> {
  const migrationsList = readMigrationList(session.migrationsDir, session.provider);
  await session.engine.applyMigrations({ migrationsList, filters: NO_FILTERS });
  const { action } = await session.engine.devDiagnostic({ migrationsList, filters: NO_FILTERS });
  if (action.tag === 'reset') throw new Error(`the migration history cannot be replayed cleanly: ${action.reason}`);
  const output = await session.engine.createMigration({
    draft: false,
    migrationName,
    migrationsList,
    schema: { files: [session.schema] },
    filters: NO_FILTERS,
  });
  if (output.migrationScript === null) return null;
  return { name: output.generatedMigrationName, script: output.migrationScript };
}

/**
 * The engine appends a Rust backtrace to its messages, and prefixes driver errors with a generic
 * "external connector error" line; keep only the part a person can act on.
 */
export function cleanEngineError(error: unknown): unknown {
  if (!(error instanceof Error)) return error;
  const lines = error.message.split('\n');
  const backtrace = lines.findIndex((line) => /^\s+\d+: \S+::/.test(line));
  const kept = (backtrace === -1 ? lines : lines.slice(0, backtrace)).filter((line) => line !== 'external connector error');
  const failedMigration = /migration_name="([^"]+)"/.exec(error.message)?.[1];
  const message = (failedMigration ? `migration ${failedMigration} failed: ` : '') + kept.join('\n').trimEnd();
  if (message === error.message || !message) return error;
  const cleaned = new Error(message, { cause: error });
  cleaned.name = error.name;
  return cleaned;
}
