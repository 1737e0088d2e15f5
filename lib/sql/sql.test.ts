import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { compile, sql } from './sql';

const at = new Date('2031-03-03T10:00:00.000Z');
const later = new Date('2031-03-04T00:00:00.000Z');

describe('compile', () => {
  test('every interpolated value is a parameter, in the order written, with the provider placeholder', () => {
    const query = sql`SELECT 1 FROM "Event" WHERE "siteId" = ${'s1'} AND ${sql.range('"timestamp"', at, later)} LIMIT ${5}`;
    assert.deepEqual(compile(query, 'sqlite'), {
      text: 'SELECT 1 FROM "Event" WHERE "siteId" = ? AND "timestamp" >= ? AND "timestamp" < ? LIMIT ?',
      params: ['s1', '2031-03-03T10:00:00.000+00:00', '2031-03-04T00:00:00.000+00:00', 5],
    });
    assert.deepEqual(compile(query, 'postgres'), {
      text: 'SELECT 1 FROM "Event" WHERE "siteId" = $1 AND "timestamp" >= $2 AND "timestamp" < $3 LIMIT $4',
      params: ['s1', '2031-03-03T10:00:00.000', '2031-03-04T00:00:00.000', 5],
    });
  });

  test('dates bind in the stored form: SQLite text sorts like the instant, with +00:00 rather than Z', () => {
    const [stored] = compile(sql`${at}`, 'sqlite').params as string[];
    assert.equal(stored, '2031-03-03T10:00:00.000+00:00');
    assert.ok(stored! < '2031-03-03T10:00:00.001+00:00');
  });

  test('jsonRows binds every row as ONE JSON value in the stored forms; the text does not depend on the rows', () => {
    const columns = [
      { name: 'siteId', type: 'text' },
      { name: 'x', type: 'integer' },
      { name: 'trusted', type: 'boolean' },
      { name: 'timestamp', type: 'timestamp' },
      { name: 'source', type: { enum: 'EventSource' } },
    ] as const;
    const rows = [
      ['s1', 3, true, at, 'BROWSER'],
      ['s2', null, false, later, undefined],
    ];
    const lite = compile(sql`INSERT INTO ${sql.jsonRows('Event', columns, rows)}`, 'sqlite');
    assert.equal(
      lite.text,
      `INSERT INTO "Event" ("siteId", "x", "trusted", "timestamp", "source") SELECT json_extract("value", '$[0]'), json_extract("value", '$[1]'), json_extract("value", '$[2]'), json_extract("value", '$[3]'), json_extract("value", '$[4]') FROM json_each(?)`,
    );
    assert.deepEqual(JSON.parse(lite.params[0] as string), [
      ['s1', 3, 1, '2031-03-03T10:00:00.000+00:00', 'BROWSER'],
      ['s2', null, 0, '2031-03-04T00:00:00.000+00:00', null],
    ]);
    const pg = compile(sql`INSERT INTO ${sql.jsonRows('Event', columns, rows.slice(1))}`, 'postgres');
    assert.match(
      pg.text,
      /SELECT \("r" ->> 0\)::text, \("r" ->> 1\)::integer, \("r" ->> 2\)::boolean, \("r" ->> 3\)::timestamp\(3\), \("r" ->> 4\)::"EventSource" FROM jsonb_array_elements\(\$1::jsonb\) AS "r"$/,
    );
    assert.deepEqual(JSON.parse(pg.params[0] as string), [['s2', null, false, '2031-03-04T00:00:00.000', null]]);
    assert.equal(pg.params.length, 1);
  });

  test('booleans are 1/0 on SQLite and booleans on Postgres', () => {
    assert.deepEqual(compile(sql`${true}`, 'sqlite').params, [1]);
    assert.deepEqual(compile(sql`${false}`, 'postgres').params, [false]);
  });

  test('lists, joins and dialect expressions', () => {
    const query = sql`SELECT ${sql.dayKey('"startedAt"')} FROM "Session" WHERE "id" IN (${sql.join(['a', 'b'])}) ORDER BY ${sql.textOrder('"path"')}`;
    assert.deepEqual(compile(query, 'sqlite'), {
      text: 'SELECT substr("startedAt", 1, 10) FROM "Session" WHERE "id" IN (?, ?) ORDER BY "path"',
      params: ['a', 'b'],
    });
    assert.equal(
      compile(query, 'postgres').text,
      `SELECT to_char("startedAt", 'YYYY-MM-DD') FROM "Session" WHERE "id" IN ($1, $2) ORDER BY "path" COLLATE "C"`,
    );
  });

  test('a string is never spliced as SQL unless it is marked raw', () => {
    const input = `x' OR '1'='1`;
    assert.deepEqual(compile(sql`WHERE "key" = ${input}`, 'postgres'), { text: 'WHERE "key" = $1', params: [input] });
  });

  test('multi-row VALUES write NULLs, booleans and integers as literals and bind the rest', () => {
    const query = sql`INSERT INTO ${sql.values(
      'T',
      ['a', 'b', 'c', 'd', 'e'],
      [
        ['x', null, true, 7, sql.json({ k: 1 })],
        [1.5, at, false, -2, sql.json(null)],
      ],
    )}`;
    assert.deepEqual(compile(query, 'postgres'), {
      text: 'INSERT INTO "T" ("a", "b", "c", "d", "e") VALUES ($1, NULL, TRUE, 7, $2), ($3, $4, FALSE, -2, NULL)',
      params: ['x', '{"k":1}', 1.5, '2031-03-03T10:00:00.000'],
    });
  });

  test('multi-row VALUES with bindAll bind every value, so the text depends on the row count only', () => {
    const rows = (n: number | null, flag: boolean) => [['x', n, flag, at]];
    const first = compile(sql`INSERT INTO ${sql.values('T', ['a', 'b', 'c', 'd'], rows(7, true), true)}`, 'sqlite');
    const second = compile(sql`INSERT INTO ${sql.values('T', ['a', 'b', 'c', 'd'], rows(null, false), true)}`, 'sqlite');
    assert.equal(first.text, 'INSERT INTO "T" ("a", "b", "c", "d") VALUES (?, ?, ?, ?)');
    assert.equal(second.text, first.text);
    assert.deepEqual(first.params, ['x', 7, 1, '2031-03-03T10:00:00.000+00:00']);
    assert.deepEqual(second.params, ['x', null, 0, '2031-03-03T10:00:00.000+00:00']);
  });

  test('JSON keys are checked before they are spliced', () => {
    assert.throws(() => compile(sql`${sql.jsonText('"props"', "x') OR 1=1 --")}`, 'sqlite'), /Unsafe JSON key/);
  });
});
