// Multi-row INSERTs through the Prisma client for the high-volume tables (visitors, sessions,
// events). Measured on this machine, Prisma 7's createMany spends ~0.7 ms of CPU per Event row
// in the client (≈360 rows/s), ten times a parameterised multi-row INSERT through the very same
// client and connection (≈4,000–10,000 rows/s); createMany alone could not seed 250k events in
// minutes. Values are encoded exactly as Prisma stores them, so the rows read back identically.
import type { Db, Prisma } from '../../lib/db';
import type { DatabaseProvider } from '../../lib/database-url';

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
  const head = `INSERT INTO "${spec.table}" (${names.map((name) => `"${name}"`).join(', ')}) VALUES `;
  const statements: Array<Prisma.PrismaPromise<number>> = [];
  for (let offset = 0; offset < rows.length; offset += perStatement) {
    const chunk = rows.slice(offset, offset + perStatement);
    const params: Array<string | number | null> = [];
    const tuples: string[] = [];
    for (const row of chunk) {
      const slots: string[] = [];
      names.forEach((name, i) => {
        params.push(encode(row[name], kinds[i] as ColumnKind, provider));
        slots.push(placeholder(params.length, kinds[i] as ColumnKind, provider));
      });
      tuples.push(`(${slots.join(', ')})`);
    }
    statements.push(db.$executeRawUnsafe(head + tuples.join(', '), ...params));
  }
  return statements;
}

function placeholder(position: number, kind: ColumnKind, provider: DatabaseProvider): string {
  if (provider === 'sqlite') return '?';
  // Postgres receives every parameter as text and needs the column type spelled out.
  if (kind === 'text') return `$${position}`;
  if (typeof kind === 'object') return `$${position}::"${kind.enum}"`;
  const cast = { int: 'integer', bool: 'boolean', date: 'timestamp(3)', json: 'jsonb' }[kind];
  return `$${position}::${cast}`;
}

function encode(value: unknown, kind: ColumnKind, provider: DatabaseProvider): string | number | null {
  if (value === null || value === undefined) return null;
  switch (kind) {
    case 'date': {
      const iso = (value instanceof Date ? value : new Date(value as string)).toISOString();
      // Prisma's SQLite adapter writes "+00:00" rather than "Z"; matching it keeps text comparisons right.
      return provider === 'sqlite' ? iso.replace('Z', '+00:00') : iso;
    }
    case 'bool':
      return provider === 'sqlite' ? (value ? 1 : 0) : value ? 'true' : 'false';
    case 'json':
      return JSON.stringify(value);
    case 'int':
      return provider === 'sqlite' ? Number(value) : String(value);
    default:
      return String(value);
  }
}
