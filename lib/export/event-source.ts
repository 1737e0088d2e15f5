// Where an export reads its events: one joined query per page, by keyset on Event.id, straight
// through the database driver on a connection of the export's own. Measured on 1M events, going
// through Prisma's $queryRaw doubled the read time and grew the heap by ~170 MB of short-lived
// result objects (RSS +187 MB for 300k rows) against +56 MB for the driver returning plain arrays,
// and the RSS target is 400 MB for the whole server. Rows come back as arrays already in
// EXPORT_COLUMNS order. The SQL itself comes from the shared toolkit (lib/sql), compiled per provider.
import Database from 'better-sqlite3';
import pg from 'pg';
import { parseDatabaseUrl, type DatabaseTarget } from '@/lib/database-url';
import { compile, sql, type Compiled } from '@/lib/sql/sql';
import type { ExportRow } from './columns';
import type { ExportScope } from './reader';

export type EventSource = {
  /** Up to `limit` events with id > afterId in scope, in id order, as raw rows (see toExportRow). */
  page(scope: ExportScope, afterId: number, limit: number): Promise<unknown[][]>;
  close(): Promise<void>;
};

const COLUMNS = sql.raw(`e."id", e."userId", u."name", e."sessionId", e."url", e."elementId", e."elementClasses", e."elementText",
  e."x", e."y", e."timestamp", e."userAgent", e."ip", s."key", e."visitorId", e."type", e."category", e."name",
  e."path", e."referrer", se."channel", e."scrollDepth", e."durationMs", e."props"`);

/**
 * The SQL for one page. On SQLite `NOT INDEXED` matters: left to
 * itself SQLite serves `siteId IN (…)` from the (siteId, timestamp) index and sorts every page by
 * id, so each page costs a scan of the whole site (1.9 s a page at 1M events: O(N²) overall).
 * Walking the rowid (= Event.id) range reads each event once for the whole export (9 ms a page).
 */
export function pageSql(provider: DatabaseTarget['provider'], scope: ExportScope, afterId: number, limit: number): Compiled {
  const where = [sql`e."id" > ${afterId}`, sql`e."siteId" IN (${sql.join(scope.siteIds)})`];
  if (scope.maxId !== undefined) where.push(sql`e."id" <= ${scope.maxId}`);
  if (scope.windows) {
    const windows = scope.windows.map((w) => {
      const parts = [sql`e."siteId" IN (${sql.join(w.siteIds)})`];
      if (w.from) parts.push(sql`e."timestamp" >= ${w.from}`);
      if (w.to) parts.push(sql`e."timestamp" < ${w.to}`);
      return sql`(${sql.join(parts, ' AND ')})`;
    });
    where.push(windows.length ? sql`(${sql.join(windows, ' OR ')})` : sql.raw('1 = 0'));
  }
  if (scope.types?.length) where.push(sql`e."type" IN (${sql.join(scope.types)})`);
  const query = sql`SELECT ${COLUMNS} FROM "Event" e${sql.raw(provider === 'sqlite' ? ' NOT INDEXED' : '')}
    JOIN "Site" s ON s."id" = e."siteId" JOIN "Session" se ON se."id" = e."sessionId" LEFT JOIN "User" u ON u."id" = e."userId"
    WHERE ${sql.join(where, ' AND ')} ORDER BY e."id" LIMIT ${limit}`;
  return compile(query, provider);
}

function sqliteSource(file: string): EventSource {
  // Read-only and separate from Prisma's connection; WAL lets it read while ingest writes.
  const sqlite = new Database(file, { readonly: true, fileMustExist: true });
  sqlite.pragma('busy_timeout = 5000');
  return {
    async page(scope, afterId, limit) {
      const { text, params } = pageSql('sqlite', scope, afterId, limit);
      return sqlite
        .prepare(text)
        .raw(true)
        .all(...params) as unknown[][];
    },
    async close() {
      sqlite.close();
    },
  };
}

// Prisma's DateTime is `timestamp(3)` without a zone, holding UTC; pg would read it as local time.
const UTC_TIMESTAMP = 1114;
const types = {
  getTypeParser: ((oid: number, format?: 'text' | 'binary') =>
    oid === UTC_TIMESTAMP
      ? (value: string) => new Date(`${value.replace(' ', 'T')}Z`)
      : pg.types.getTypeParser(oid, format)) as typeof pg.types.getTypeParser,
};

function postgresSource(url: string): EventSource {
  const client = new pg.Client({ connectionString: url, types, connectionTimeoutMillis: 5000 });
  const connected = client.connect();
  return {
    async page(scope, afterId, limit) {
      await connected;
      const { text, params } = pageSql('postgres', scope, afterId, limit);
      return (await client.query<unknown[]>({ text, values: params, rowMode: 'array' })).rows;
    },
    async close() {
      await connected.catch(() => undefined);
      await client.end();
    },
  };
}

export function openEventSource(target: DatabaseTarget = parseDatabaseUrl()): EventSource {
  return target.provider === 'sqlite' ? sqliteSource(target.file) : postgresSource(target.url);
}

const int = (value: unknown): number | null => (value === null || value === undefined ? null : Number(value));

function propsText(props: unknown): string | null {
  if (props === null || props === undefined) return null;
  const value = typeof props === 'string' ? (JSON.parse(props) as unknown) : props;
  if (value === null) return null;
  // An empty object says nothing: the cell stays empty rather than "{}".
  if (typeof value === 'object' && !Array.isArray(value) && Object.keys(value).length === 0) return null;
  return JSON.stringify(value);
}

/** A raw row → ExportRow, evening out the drivers: ISO text or Date, JSON text or value. */
export function toExportRow(raw: unknown[]): ExportRow {
  const row = raw as ExportRow;
  row[0] = Number(raw[0]);
  row[8] = int(raw[8]);
  row[9] = int(raw[9]);
  row[10] = raw[10] instanceof Date ? raw[10] : new Date(raw[10] as string);
  row[21] = int(raw[21]);
  row[22] = int(raw[22]);
  row[23] = propsText(raw[23]);
  return row;
}
