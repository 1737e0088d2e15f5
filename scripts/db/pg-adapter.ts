// The PostgreSQL side of the wasm schema engine: Prisma's pg adapter over our own pool settings,
// atomic migration scripts, and a shadow database that can never be the real one.
import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { PrismaPg } from '@prisma/adapter-pg';
import { DriverAdapterError, type SqlDriverAdapter, type SqlMigrationAwareDriverAdapterFactory } from '@prisma/driver-adapter-utils';
import { AdapterTracker, wrapAdapter } from './adapter-tools';
import { enginePoolConfig, quoteIdent, type PgFields } from './pg-connection';

/** Where temporary databases (shadow, scratch) may be created: a server login, usually on `postgres`. */
export type PgAdmin = PgFields;

const SHADOW_PREFIX = 'pathwise_shadow_';

export function temporaryDatabaseName(prefix: string): string {
  return `${prefix}${randomBytes(6).toString('hex')}`;
}

export async function createDatabase(admin: PgAdmin, name: string): Promise<void> {
  await withAdminClient(admin, (client) => client.query(`CREATE DATABASE ${quoteIdent(name)}`));
}

/** FORCE ends sessions a crashed engine call may have left behind, so the drop cannot hang or fail. */
export async function dropDatabase(admin: PgAdmin, name: string): Promise<void> {
  await withAdminClient(admin, (client) => client.query(`DROP DATABASE IF EXISTS ${quoteIdent(name)} WITH (FORCE)`));
}

async function withAdminClient<T>(admin: PgAdmin, run: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ ...admin, connectionTimeoutMillis: 10_000 });
  await client.connect();
  try {
    return await run(client);
  } finally {
    await client.end();
  }
}

/**
 * Prisma's pg adapter splits a script on every `;` and sends the pieces one by one, so a failing
 * migration is left half-applied and a `;` inside a string literal breaks it. Postgres runs a
 * parameterless multi-statement query as one implicit transaction, which is what native Prisma does.
 */
function withAtomicScripts(adapter: SqlDriverAdapter, pool: pg.Pool): SqlDriverAdapter {
  return wrapAdapter(adapter, {
    executeScript: async (script) => {
      try {
        await pool.query(script);
      } catch (error) {
        throw toDriverAdapterError(error);
      }
    },
  });
}

function toDriverAdapterError(error: unknown): unknown {
  if (!(error instanceof pg.DatabaseError) || !error.code) return error;
  return new DriverAdapterError({
    kind: 'postgres',
    code: error.code,
    severity: error.severity ?? 'ERROR',
    message: error.message,
    detail: error.detail,
    column: error.column,
    hint: error.hint,
  });
}

export class PgMigrationAdapterFactory implements SqlMigrationAwareDriverAdapterFactory {
  readonly provider = 'postgres';
  readonly adapterName = '@prisma/adapter-pg';
  private readonly tracker = new AdapterTracker();
  private readonly shadows = new Set<string>();

  /** `shadowAdmin` is needed only by commands that replay migrations (create, drift checks). */
  constructor(
    private readonly fields: PgFields,
    private readonly shadowAdmin?: PgAdmin,
  ) {}

  connect(): Promise<SqlDriverAdapter> {
    return this.open(this.fields);
  }

  async connectToShadowDb(): Promise<SqlDriverAdapter> {
    const admin = this.shadowAdmin;
    if (!admin) throw new Error('This command has no PostgreSQL server for a shadow database.');
    const name = temporaryDatabaseName(SHADOW_PREFIX);
    if (name === this.fields.database) throw new Error('refusing to use the real database as the shadow database');
    await createDatabase(admin, name);
    this.shadows.add(name);
    const adapter = await this.open({ ...admin, database: name });
    return wrapAdapter(adapter, {
      dispose: async () => {
        await adapter.dispose();
        await this.dropShadow(name);
      },
    });
  }

  /** Closes every connection and drops any shadow database the engine did not dispose of. */
  async close(): Promise<void> {
    try {
      await this.tracker.closeAll();
    } finally {
      for (const name of [...this.shadows]) await this.dropShadow(name);
    }
  }

  private async dropShadow(name: string): Promise<void> {
    if (!this.shadowAdmin || !this.shadows.has(name)) return;
    await dropDatabase(this.shadowAdmin, name);
    this.shadows.delete(name);
  }

  private async open(fields: PgFields): Promise<SqlDriverAdapter> {
    const pool = new pg.Pool(enginePoolConfig(fields));
    const adapter = await new PrismaPg(pool, { disposeExternalPool: true }).connect();
    return this.tracker.track(withAtomicScripts(adapter, pool));
  }
}
