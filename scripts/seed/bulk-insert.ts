// Multi-row INSERTs through the Prisma client for the high-volume tables (visitors, sessions,
// events). Measured on this machine, Prisma 7's createMany spends ~0.7 ms of CPU per Event row
// in the client (≈360 rows/s), ten times a parameterised multi-row INSERT through the very same
// client and connection (≈4,000–10,000 rows/s); createMany alone could not seed 250k events in
// minutes. The SQL toolkit binds values exactly as Prisma stores them, so the rows read back identically.
import type { Db, Prisma } from '../../lib/db';
import type { DatabaseProvider } from '../../lib/database-url';
import { compile, sql } from '../../lib/sql/sql';

export type ColumnKind = 'text' | 'int' | 'bool' | 'date' | 'json' | { enum: string };

/** A table and its columns; `satisfies Record<keyof Row, …>` at the call site keeps it complete. */
export type TableSpec<Row> = { table: string; columns: { readonly [K in keyof Row]-?: ColumnKind } };

// Both engines cap bound parameters per statement (SQLite 32,766; Postgres 65,535), but smaller
// statements are as fast here and keep the client's memory flat: with ~26k parameters per
// statement the seed retained ~220 MB more heap than with ~4k (the client keeps recent requests).
const MAX_PARAMS = 4_000;

export function insertStatements<Row extends object>(
  db: Db,
  provider: DatabaseProvider,
  spec: TableSpec<Row>,
  rows: readonly Row[],
): Array<Prisma.PrismaPromise<number>> {
  if (rows.length === 0) return [];
  const names = Object.keys(spec.columns) as Array<keyof Row & string>;
  const kinds = names.map((name) => spec.columns[name]);
  const perStatement = Math.max(1, Math.floor(MAX_PARAMS / names.length));
  const statements: Array<Prisma.PrismaPromise<number>> = [];
  for (let offset = 0; offset < rows.length; offset += perStatement) {
    const tuples = rows.slice(offset, offset + perStatement).map((row) => names.map((name, i) => value(row[name], kinds[i] as ColumnKind)));
    const { text, params } = compile(sql`INSERT INTO ${sql.values(spec.table, names, tuples)}`, provider);
    // Not awaited: the caller runs the statements in one batch transaction.
    statements.push(db.$executeRawUnsafe(text, ...params));
  }
  return statements;
}

/** A column value as the SQL toolkit binds it: dates as Dates, JSON as text, the rest as is. */
function value(raw: unknown, kind: ColumnKind): unknown {
  if (raw === null || raw === undefined) return null;
  if (kind === 'date') return raw instanceof Date ? raw : new Date(raw as string);
  if (kind === 'json') return sql.json(raw);
  if (kind === 'int') return Number(raw);
  if (kind === 'bool') return Boolean(raw);
  return String(raw);
}
