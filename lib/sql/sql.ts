// The one way to write raw SQL: a tagged template that keeps every interpolated value as a bound
// parameter, next to the text it belongs to, so no caller orders positional parameters by hand.
// A query is written once and compiled per provider (placeholders, date binding, the few
// expressions that differ), e.g.
//
//   sql`SELECT COUNT(*) AS "n" FROM "Event" WHERE "siteId" = ${site.id} AND ${sql.range('"timestamp"', from, to)}`
//
// Interpolated values are always parameters; fragments (Sql) nest; `sql.raw` splices trusted
// text (identifiers and constants from code, never input). Column arguments of the helpers below
// are such trusted text.
import type { DatabaseProvider } from '@/lib/database-url';
import { dialectFor, type Dialect, type JsonColumnType } from './dialect';

type Part =
  | { kind: 'text'; text: string }
  | { kind: 'value'; value: unknown }
  | { kind: 'fragment'; sql: Sql }
  | { kind: 'dialect'; build: (dialect: Dialect) => string | Sql };

export class Sql {
  constructor(readonly parts: readonly Part[]) {}
}

export type Compiled = { text: string; params: unknown[] };

function tag(strings: TemplateStringsArray, ...values: unknown[]): Sql {
  const parts: Part[] = [];
  strings.forEach((text, i) => {
    if (text) parts.push({ kind: 'text', text });
    if (i < values.length) {
      const value = values[i];
      parts.push(value instanceof Sql ? { kind: 'fragment', sql: value } : { kind: 'value', value });
    }
  });
  return new Sql(parts);
}

const raw = (text: string) => new Sql([{ kind: 'text', text }]);
const onDialect = (build: (dialect: Dialect) => string | Sql) => new Sql([{ kind: 'dialect', build }]);

/** Items (fragments or values) separated by `separator`, e.g. an IN list or AND-ed conditions. */
function join(items: readonly unknown[], separator = ', '): Sql {
  const parts: Part[] = [];
  items.forEach((item, i) => {
    if (i > 0) parts.push({ kind: 'text', text: separator });
    parts.push(item instanceof Sql ? { kind: 'fragment', sql: item } : { kind: 'value', value: item });
  });
  return new Sql(parts);
}

/**
 * `"table" ("a", "b") VALUES (…), (…)`. NULLs, booleans and integers are written as literals (they
 * cannot carry SQL, and fewer bound parameters is less work for client and driver on the ingest
 * path); fragments are kept; everything else is bound. Built flat, without a fragment per value.
 */
/**
 * `bindAll`: every value a bound parameter, none written into the text, so the statement's text
 * depends only on the number of rows and one prepared statement serves every group of that size
 * (the ingest path's prepared statements, lib/db.ts sqliteStatements).
 */
function values(table: string, columns: readonly string[], rows: readonly (readonly unknown[])[], bindAll = false): Sql {
  const parts: Part[] = [{ kind: 'text', text: `"${table}" (${columns.map((name) => `"${name}"`).join(', ')}) VALUES ` }];
  rows.forEach((row, r) => {
    parts.push({ kind: 'text', text: r === 0 ? '(' : ', (' });
    row.forEach((value, i) => {
      if (i > 0) parts.push({ kind: 'text', text: ', ' });
      if (value instanceof Sql) parts.push({ kind: 'fragment', sql: value });
      else if (bindAll) parts.push({ kind: 'value', value: value ?? null });
      else if (value === null || value === undefined) parts.push({ kind: 'text', text: 'NULL' });
      else if (typeof value === 'boolean') parts.push({ kind: 'text', text: value ? 'TRUE' : 'FALSE' });
      else if (typeof value === 'number' && Number.isSafeInteger(value)) parts.push({ kind: 'text', text: String(value) });
      else parts.push({ kind: 'value', value });
    });
    parts.push({ kind: 'text', text: ')' });
  });
  return new Sql(parts);
}

/**
 * `"table" ("a", "b") SELECT … FROM <rows>`: the same insert as values(), with every row inside ONE
 * bound JSON parameter, so the statement's text is the same whatever the rows and the driver binds
 * one value instead of thousands (the ingest path's event insert). Values as for a bound
 * parameter (dates and booleans in the stored form); a JSON column's value is its JSON text.
 */
function jsonRows(table: string, columns: readonly { name: string; type: JsonColumnType }[], rows: readonly (readonly unknown[])[]): Sql {
  const head = raw(`"${table}" (${columns.map((column) => `"${column.name}"`).join(', ')}) `);
  const types = columns.map((column) => column.type);
  return onDialect((dialect) => {
    const payload = JSON.stringify(rows.map((row) => row.map((value) => (value === undefined ? null : dialect.bind(value)))));
    const [before, after] = dialect.jsonRows(types);
    return tag`${head}${raw(before)}${payload}${raw(after)}`;
  });
}

export const sql = Object.assign(tag, {
  raw,
  join,
  /** `column >= from AND column < to`: the half-open range every figure uses. */
  range: (column: string, from: Date, to: Date) => tag`${raw(column)} >= ${from} AND ${raw(column)} < ${to}`,
  /** `column >= from AND column <= to`, for windows that include their end (realtime). */
  between: (column: string, from: Date, to: Date) => tag`${raw(column)} >= ${from} AND ${raw(column)} <= ${to}`,
  values,
  jsonRows,
  /** A JSON value bound as text (the JSON column's input form on both providers). */
  json: (value: unknown) => (value === null || value === undefined ? raw('NULL') : tag`${JSON.stringify(value)}`),
  dayKey: (column: string) => onDialect((d) => d.dayKey(column)),
  hourKey: (column: string) => onDialect((d) => d.hourKey(column)),
  minuteKey: (column: string) => onDialect((d) => d.minuteKey(column)),
  msKey: (column: string) => onDialect((d) => d.msKey(column)),
  weekKey: (column: string) => onDialect((d) => d.weekKey(column)),
  /** The bucket key of `column` moved by `seconds` (a local wall clock; see ./local-key.ts). */
  shiftedKey: (column: string, interval: 'minute' | 'hour' | 'day' | 'week', seconds: number) =>
    onDialect((d) => {
      const at = seconds === 0 ? column : d.shifted(column, seconds);
      return interval === 'minute'
        ? d.minuteKey(at)
        : interval === 'hour'
          ? d.hourKey(at)
          : interval === 'day'
            ? d.dayKey(at)
            : d.weekKey(at);
    }),
  jsonText: (column: string, key: string) => onDialect((d) => d.jsonText(column, key)),
  jsonNumber: (column: string, key: string) => onDialect((d) => d.jsonNumber(column, key)),
  jsonAsText: (column: string) => onDialect((d) => d.jsonAsText(column)),
  /** An ORDER BY expression in code-point order, so ties sort alike on both providers and any locale. */
  textOrder: (expression: string | Sql) =>
    onDialect((d) => tag`${typeof expression === 'string' ? raw(expression) : expression}${raw(d.codePointCollation)}`),
});

/** The query's text with this provider's placeholders, and its parameters bound in the stored form. */
export function compile(query: Sql, provider: DatabaseProvider): Compiled {
  const dialect = dialectFor(provider);
  const params: unknown[] = [];
  let text = '';
  const walk = (node: Sql) => {
    for (const part of node.parts) {
      if (part.kind === 'text') text += part.text;
      else if (part.kind === 'fragment') walk(part.sql);
      else if (part.kind === 'dialect') {
        const built = part.build(dialect);
        if (typeof built === 'string') text += built;
        else walk(built);
      } else {
        params.push(dialect.bind(part.value));
        text += dialect.placeholder(params.length);
      }
    }
  };
  walk(query);
  return { text, params };
}
