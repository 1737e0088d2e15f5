// Raw SQL for the ingest hot path. Prisma's query builder costs milliseconds per statement and
// more for big createMany calls; a group commit instead runs a handful of multi-row statements,
// whose text is built here with plain placeholders (nested Prisma.sql fragments per value were
// a measurable share of CPU). The SQL is portable: quoted Prisma names, ON CONFLICT and
// RETURNING work on SQLite ≥ 3.35 and PostgreSQL; placeholders and timestamps differ.
import { join, sqltag as sql } from '@prisma/client/runtime/client';
import type { DatabaseProvider } from '@/lib/database-url';

export { join, sql };

export type Dialect = {
  /** SQLite stores DateTime as ISO text with "+00:00", exactly as Prisma writes it; text order = time order. */
  time: (date: Date) => Date | string;
  json: (value: unknown) => string | null;
  /** `INSERT INTO "T" ("a", "b") VALUES (…), (…)` with numbered or anonymous placeholders. */
  insert: (table: string, columns: readonly string[], rows: readonly unknown[][]) => { text: string; params: unknown[] };
};

const quote = (name: string) => `"${name}"`;

export function dialect(provider: DatabaseProvider): Dialect {
  const placeholder = provider === 'sqlite' ? () => '?' : (index: number) => `$${index}`;
  return {
    time: provider === 'sqlite' ? (date) => date.toISOString().replace('Z', '+00:00') : (date) => date,
    json: (value) => (value == null ? null : JSON.stringify(value)),
    insert(table, columns, rows) {
      const params: unknown[] = [];
      // NULLs, booleans and integers are written as literals (they cannot carry SQL); fewer bound
      // parameters is less work in the client and the driver. Strings are always parameters.
      const literal = (value: unknown) =>
        value === null
          ? 'NULL'
          : typeof value === 'boolean'
            ? value
              ? 'TRUE'
              : 'FALSE'
            : Number.isSafeInteger(value)
              ? String(value)
              : (params.push(value), placeholder(params.length));
      const tuples = rows.map((row) => `(${row.map(literal).join(', ')})`);
      return { text: `INSERT INTO ${quote(table)} (${columns.map(quote).join(', ')}) VALUES ${tuples.join(', ')}`, params };
    },
  };
}

/** Keeps each statement well under both databases' bound-parameter limits. */
export function chunk<T>(items: readonly T[], size: number): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < items.length; i += size) out.push(items.slice(i, i + size));
  return out;
}
