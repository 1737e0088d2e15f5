// The SQLite side of the wasm schema engine: better-sqlite3 through Prisma's adapter, plus a fix.
import { PrismaBetterSqlite3 } from '@prisma/adapter-better-sqlite3';
import type { SqlDriverAdapter, SqlMigrationAwareDriverAdapterFactory, SqlQuery } from '@prisma/driver-adapter-utils';
import { AdapterTracker, wrapAdapter } from './adapter-tools';

/**
 * When the engine replays migrations into the shadow database it sends each migration file through
 * executeRaw, but better-sqlite3 prepares exactly one statement and rejects a whole migration.
 * A parameterless multi-statement call is a script, so run it as one.
 */
function withScriptFallback(adapter: SqlDriverAdapter): SqlDriverAdapter {
  return wrapAdapter(adapter, {
    executeRaw: async (query: SqlQuery) => {
      try {
        return await adapter.executeRaw(query);
      } catch (error) {
        if (query.args.length > 0 || !isMultiStatementError(error)) throw error;
        await adapter.executeScript(query.sql);
        return 0;
      }
    },
  });
}

function isMultiStatementError(error: unknown): boolean {
  return error instanceof RangeError && /more than one statement/i.test(error.message);
}

export class SqliteMigrationAdapterFactory implements SqlMigrationAwareDriverAdapterFactory {
  readonly provider = 'sqlite';
  readonly adapterName = '@prisma/adapter-better-sqlite3';
  private readonly inner: PrismaBetterSqlite3;
  private readonly tracker = new AdapterTracker();

  /** `file` is a path or ':memory:'; the shadow database is always a private in-memory one. */
  constructor(file: string) {
    this.inner = new PrismaBetterSqlite3({ url: file, timeout: 5000 }, { shadowDatabaseUrl: ':memory:' });
  }

  async connect(): Promise<SqlDriverAdapter> {
    return this.tracker.track(withScriptFallback(await this.inner.connect()));
  }

  async connectToShadowDb(): Promise<SqlDriverAdapter> {
    return this.tracker.track(withScriptFallback(await this.inner.connectToShadowDb()));
  }

  close(): Promise<void> {
    return this.tracker.closeAll();
  }
}
