// The few SQL expressions that differ between SQLite and PostgreSQL, in one place. Every raw
// dashboard query is written once with these helpers and `?` placeholders.
//
// SQLite (through Prisma's better-sqlite3 adapter) stores DateTime as ISO-8601 text such as
// `2026-11-22T04:33:49.000+00:00`, so buckets are prefixes of that text; the adapter writes Date
// bind parameters in that same format, so range comparisons are exact. PostgreSQL stores UTC
// `timestamp(3)` values, so buckets come from to_char().
import type { DatabaseProvider } from '@/lib/database-url';

export type Dialect = {
  provider: DatabaseProvider;
  /** A Date as a bind parameter that compares correctly with stored DateTime columns. */
  date(value: Date): Date | string;
  /** `YYYY-MM-DD` (UTC day) of a DateTime column. */
  dayKey(column: string): string;
  /** `YYYY-MM-DDTHH` (UTC hour). */
  hourKey(column: string): string;
  /** `YYYY-MM-DDTHH:MM:SS.mmm` (UTC, to the millisecond): text that sorts like the instant. */
  msKey(column: string): string;
  /** `YYYY-MM-DDTHH:MM` (UTC minute). */
  minuteKey(column: string): string;
  /** `YYYY-MM-DD` of the Monday that starts the column's ISO week (UTC). */
  weekKey(column: string): string;
  /** A JSON property as text (NULL when absent). */
  jsonText(column: string, key: string): string;
  /** A JSON property as a number, NULL when absent or not a number (never a cast error). */
  jsonNumber(column: string, key: string): string;
  /** A text expression for ORDER BY in code-point order (Postgres would otherwise use the database's locale). */
  textOrder(expression: string): string;
  /** Rewrites `?` placeholders into the provider's form. */
  placeholders(sql: string): string;
};

function checkKey(key: string): string {
  // Keys are spliced into SQL, so only plain identifiers are allowed (they are constants in code).
  if (!/^[A-Za-z_][A-Za-z0-9_]*$/.test(key)) throw new Error(`Unsafe JSON key: ${key}`);
  return key;
}

const sqlite: Dialect = {
  provider: 'sqlite',
  // The adapter writes Date parameters in its storage format (`…+00:00`), so they compare exactly.
  date: (value) => value,
  dayKey: (column) => `substr(${column}, 1, 10)`,
  hourKey: (column) => `substr(${column}, 1, 13)`,
  msKey: (column) => `substr(${column}, 1, 23)`,
  minuteKey: (column) => `substr(${column}, 1, 16)`,
  // 'weekday 0' moves forward to Sunday (or stays), '-6 days' lands on that week's Monday.
  weekKey: (column) => `date(substr(${column}, 1, 10), 'weekday 0', '-6 days')`,
  jsonText: (column, key) => `json_extract(${column}, '$.${checkKey(key)}')`,
  jsonNumber: (column, key) =>
    `(CASE WHEN json_type(${column}, '$.${checkKey(key)}') IN ('integer', 'real') THEN json_extract(${column}, '$.${key}') END)`,
  textOrder: (expression) => expression,
  placeholders: (sql) => sql,
};

const postgres: Dialect = {
  provider: 'postgres',
  date: (value) => value,
  dayKey: (column) => `to_char(${column}, 'YYYY-MM-DD')`,
  hourKey: (column) => `to_char(${column}, 'YYYY-MM-DD"T"HH24')`,
  msKey: (column) => `to_char(${column}, 'YYYY-MM-DD"T"HH24:MI:SS.MS')`,
  minuteKey: (column) => `to_char(${column}, 'YYYY-MM-DD"T"HH24:MI')`,
  weekKey: (column) => `to_char(date_trunc('week', ${column}), 'YYYY-MM-DD')`,
  jsonText: (column, key) => `(${column} ->> '${checkKey(key)}')`,
  jsonNumber: (column, key) =>
    `(CASE WHEN jsonb_typeof(${column} -> '${checkKey(key)}') = 'number' THEN (${column} ->> '${key}')::double precision END)`,
  textOrder: (expression) => `${expression} COLLATE "C"`,
  placeholders: (sql) => {
    let index = 0;
    return sql.replace(/\?/g, () => `$${++index}`);
  },
};

export function dialectFor(provider: DatabaseProvider): Dialect {
  return provider === 'postgres' ? postgres : sqlite;
}
