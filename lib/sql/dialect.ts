// What differs between SQLite and PostgreSQL, in one place: placeholders, how a value is bound,
// and the few expressions whose spelling differs. Pure; lib/sql/sql.ts applies it when compiling.
//
// Dates are bound exactly as Prisma's adapters store them, so raw comparisons with stored
// DateTime columns are exact to the millisecond: SQLite keeps ISO-8601 text with a `+00:00`
// offset (`2026-11-22T04:33:49.000+00:00`, which sorts like the instant, while a `Z` would sort
// after it), PostgreSQL a UTC `timestamp(3)`, bound here as zone-less UTC text so the result does
// not depend on the driver's or the server's time zone. Buckets are prefixes of the SQLite text and
// to_char() on PostgreSQL, both in UTC.
import type { DatabaseProvider } from '@/lib/database-url';

/** How a column arriving as JSON is turned back into its SQL type (PostgreSQL casts; SQLite takes JSON's types). */
export type JsonColumnType = 'text' | 'integer' | 'float' | 'boolean' | 'timestamp' | 'json' | { enum: string };

export type Dialect = {
  provider: DatabaseProvider;
  /** The placeholder for the n-th bound value (1-based). */
  placeholder(position: number): string;
  /** A value as the driver should bind it (dates and booleans in the stored form). */
  bind(value: unknown): unknown;
  /** `YYYY-MM-DD` (UTC day) of a DateTime column. */
  dayKey(column: string): string;
  /** `YYYY-MM-DDTHH` (UTC hour). */
  hourKey(column: string): string;
  /** `YYYY-MM-DDTHH:MM` (UTC minute). */
  minuteKey(column: string): string;
  /** `YYYY-MM-DDTHH:MM:SS.mmm` (UTC, to the millisecond): text that sorts like the instant. */
  msKey(column: string): string;
  /** `YYYY-MM-DD` of the Monday that starts the column's ISO week (UTC). */
  weekKey(column: string): string;
  /** The column moved by a whole number of seconds, in a form the key functions above accept. */
  shifted(column: string, seconds: number): string;
  /** A JSON property as text (NULL when absent). */
  jsonText(column: string, key: string): string;
  /** A JSON property as a number, NULL when absent or not a number (never a cast error). */
  jsonNumber(column: string, key: string): string;
  /** A JSON column as text, e.g. for LIKE. */
  jsonAsText(column: string): string;
  /**
   * `SELECT <one expression per column> FROM <the rows of a JSON array of arrays>`, as the text
   * before and after the one bound parameter that holds the array.
   */
  jsonRows(types: readonly JsonColumnType[]): [before: string, after: string];
  /** Suffix for ORDER BY in code-point order (Postgres would otherwise use the database's locale). */
  codePointCollation: string;
};

function checkKey(key: string): string {
  // Keys are spliced into SQL, so only plain identifiers are allowed (they are constants in code).
  if (!/^[A-Za-z_][A-Za-z0-9_]*$/.test(key)) throw new Error(`Unsafe JSON key: ${key}`);
  return key;
}

function checkSeconds(seconds: number): string {
  // Spliced into SQL too: only whole numbers, always signed (SQLite's modifier wants the sign).
  if (!Number.isSafeInteger(seconds)) throw new Error(`Not a whole number of seconds: ${seconds}`);
  return seconds < 0 ? String(seconds) : `+${seconds}`;
}

/** A Date in SQLite's stored DateTime form. */
export const sqliteDate = (date: Date) => date.toISOString().replace('Z', '+00:00');

const sqlite: Dialect = {
  provider: 'sqlite',
  placeholder: () => '?',
  bind: (value) => (value instanceof Date ? sqliteDate(value) : typeof value === 'boolean' ? (value ? 1 : 0) : value),
  dayKey: (column) => `substr(${column}, 1, 10)`,
  hourKey: (column) => `substr(${column}, 1, 13)`,
  minuteKey: (column) => `substr(${column}, 1, 16)`,
  msKey: (column) => `substr(${column}, 1, 23)`,
  // 'weekday 0' moves forward to Sunday (or stays), '-6 days' lands on that week's Monday.
  weekKey: (column) => `date(substr(${column}, 1, 10), 'weekday 0', '-6 days')`,
  // strftime keeps the stored form's `T` and milliseconds, so the substr() keys still apply.
  shifted: (column, seconds) => `strftime('%Y-%m-%dT%H:%M:%f', ${column}, '${checkSeconds(seconds)} seconds')`,
  jsonText: (column, key) => `json_extract(${column}, '$.${checkKey(key)}')`,
  jsonNumber: (column, key) =>
    `(CASE WHEN json_type(${column}, '$.${checkKey(key)}') IN ('integer', 'real') THEN json_extract(${column}, '$.${key}') END)`,
  jsonAsText: (column) => column,
  // json_extract gives TEXT, INTEGER, REAL or NULL, the stored forms bind() produced; JSON columns arrive as their text.
  jsonRows: (types) => [`SELECT ${types.map((_, i) => `json_extract("value", '$[${i}]')`).join(', ')} FROM json_each(`, ')'],
  codePointCollation: '',
};

function postgresType(type: JsonColumnType): string {
  if (typeof type === 'object') return `"${checkKey(type.enum)}"`;
  return { text: 'text', integer: 'integer', float: 'double precision', boolean: 'boolean', timestamp: 'timestamp(3)', json: 'jsonb' }[
    type
  ];
}

const postgres: Dialect = {
  provider: 'postgres',
  placeholder: (position) => `$${position}`,
  bind: (value) => (value instanceof Date ? value.toISOString().replace('Z', '') : value),
  dayKey: (column) => `to_char(${column}, 'YYYY-MM-DD')`,
  hourKey: (column) => `to_char(${column}, 'YYYY-MM-DD"T"HH24')`,
  minuteKey: (column) => `to_char(${column}, 'YYYY-MM-DD"T"HH24:MI')`,
  msKey: (column) => `to_char(${column}, 'YYYY-MM-DD"T"HH24:MI:SS.MS')`,
  weekKey: (column) => `to_char(date_trunc('week', ${column}), 'YYYY-MM-DD')`,
  shifted: (column, seconds) => `(${column} + INTERVAL '${checkSeconds(seconds)} seconds')`,
  jsonText: (column, key) => `(${column} ->> '${checkKey(key)}')`,
  jsonNumber: (column, key) =>
    `(CASE WHEN jsonb_typeof(${column} -> '${checkKey(key)}') = 'number' THEN (${column} ->> '${key}')::double precision END)`,
  jsonAsText: (column) => `${column}::text`,
  jsonRows: (types) => [
    `SELECT ${types.map((type, i) => `("r" ->> ${i})::${postgresType(type)}`).join(', ')} FROM jsonb_array_elements(`,
    '::jsonb) AS "r"',
  ],
  codePointCollation: ' COLLATE "C"',
};

export function dialectFor(provider: DatabaseProvider): Dialect {
  return provider === 'postgres' ? postgres : sqlite;
}
