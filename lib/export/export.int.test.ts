// Exports a known set of events in every format and reads each file back with a reader that
// has nothing to do with the writer: SheetJS for xlsx, csv-parse for CSV, JSON.parse for NDJSON,
// parquet-wasm (Rust's arrow-rs) for Parquet.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { parse as parseCsv } from 'csv-parse/sync';
import XLSX from 'xlsx';
import { readParquet } from 'parquet-wasm';
import { tableFromIPC } from 'apache-arrow';
import { db } from '@/lib/db';
import { HttpError } from '@/lib/http/errors';
import { EXPORT_COLUMNS, EXPORT_HEADERS, type ExportRow } from './columns';
import { EXPORT_AUDIT_ACTION, type ExportAuditDetails } from './audit';
import { parseExportParams, type ExportParams } from '@/lib/params/export';
import { prepareExport } from './run-export';
import { readCatalogue } from '@/lib/i18n/catalogue';
import { createZoneSite } from '@/lib/testing/zone-fixture';
import { createExportFixture, HYPERLINK, readAll, type ExportFixture } from './int-fixtures';

let fx: ExportFixture;
before(async () => {
  fx = await createExportFixture();
});
after(async () => {
  await fx.cleanup();
  await db.$disconnect();
});

const NOW = new Date('2026-11-25T14:30:25.000Z');
const params = (extra: Partial<ExportParams> = {}): ExportParams => ({ format: 'xlsx', siteKey: fx.siteKey, ...extra });
type Options = Parameters<typeof prepareExport>[2];
async function start(p: ExportParams, options: Options = {}, user = fx.admin) {
  return prepareExport(user, p, { now: NOW, ...options });
}
async function download(p: ExportParams, options: Options = {}) {
  const file = await start(p, options);
  return { ...file, bytes: await readAll(file.body) };
}
const excelSerialToMs = (serial: number) => Math.round((serial - 25569) * 86_400_000);

function assertSheetCells(sheet: XLSX.WorkSheet, expected: ExportRow[], firstRow = 2, headers: readonly string[] = EXPORT_HEADERS) {
  headers.forEach((header, c) =>
    assert.deepEqual(
      { t: sheet[XLSX.utils.encode_cell({ r: 0, c })]?.t, v: sheet[XLSX.utils.encode_cell({ r: 0, c })]?.v },
      { t: 's', v: header },
    ),
  );
  expected.forEach((row, r) =>
    row.forEach((value, c) => {
      const address = XLSX.utils.encode_cell({ r: r + firstRow - 1, c });
      const cell = sheet[address] as XLSX.CellObject | undefined;
      const where = `${address} (${EXPORT_HEADERS[c]})`;
      if (value === null) return assert.equal(cell, undefined, `${where} should be empty`);
      assert.ok(cell, `${where} is missing`);
      assert.equal(cell.f, undefined, `${where} must not be a formula`);
      if (value instanceof Date) {
        assert.equal(cell.t, 'n', where);
        assert.equal(cell.z, 'yyyy-mm-dd hh:mm:ss', `${where} has a date-time format`);
        assert.equal(excelSerialToMs(cell.v as number), value.getTime(), where);
      } else {
        assert.deepEqual({ t: cell.t, v: cell.v }, { t: typeof value === 'number' ? 'n' : 's', v: value }, where);
      }
    }),
  );
  const range = XLSX.utils.decode_range(sheet['!ref']!);
  assert.equal(range.e.r + 1, expected.length + 1, 'row count (header + rows)');
  assert.equal(range.e.c + 1, EXPORT_COLUMNS.length);
}

function zipText(bytes: Buffer, name: string): string {
  const zip = XLSX.CFB.read(bytes, { type: 'buffer' });
  const entry = XLSX.CFB.find(zip, `/${name}`) as { content: Uint8Array } | null;
  assert.ok(entry, `${name} in the package`);
  return Buffer.from(entry.content).toString('utf8');
}

describe('xlsx', () => {
  test('headers, every cell value and type, row count; formula-like text stays a string', async () => {
    const file = await download(params());
    assert.equal(file.filename, 'pathwise-clickstream-20261125-143025.xlsx');
    assert.equal(file.rows, 4);
    const book = XLSX.read(file.bytes, { type: 'buffer', cellStyles: true, cellNF: true });
    assert.deepEqual(book.SheetNames, ['Clickstream']);
    const sheet = book.Sheets.Clickstream!;
    assertSheetCells(sheet, fx.expected);
    assert.deepEqual({ t: sheet.H2?.t, v: sheet.H2?.v }, { t: 's', v: HYPERLINK });
    assert.deepEqual(sheet['!autofilter'], { ref: 'A1:X5' });
    assert.deepEqual(
      sheet['!cols']?.map((col) => col.width),
      EXPORT_COLUMNS.map((column) => column.width),
    );
  });

  test('the header row is bold and frozen; formula-like text carries the quote-prefix style', async () => {
    const file = await download(params());
    const sheetXml = zipText(file.bytes, 'xl/worksheets/sheet1.xml');
    const styles = zipText(file.bytes, 'xl/styles.xml');
    assert.match(sheetXml, /<pane ySplit="1" topLeftCell="A2" activePane="bottomLeft" state="frozen"\/>/);
    const xfs = [...styles.matchAll(/<xf [^>]*xfId="0"[^>]*\/>/g)].map((match) => match[0]);
    const headerStyle = Number(/<c r="A1" s="(\d+)"/.exec(sheetXml)?.[1]);
    const boldFont = [...styles.matchAll(/<font>(.*?)<\/font>/g)].findIndex((match) => match[1]!.includes('<b/>'));
    assert.ok(xfs[headerStyle]?.includes(`fontId="${boldFont}"`), 'header cells use the bold font');
    const hyperlinkStyle = Number(/<c r="H2" s="(\d+)"/.exec(sheetXml)?.[1]);
    assert.match(xfs[hyperlinkStyle] ?? '', /quotePrefix="1"/);
    assert.doesNotMatch(sheetXml, /<f>/);
  });

  test('rows past the sheet limit continue on a new sheet with its own header', async () => {
    const file = await download(params(), { writer: { xlsx: { maxRowsPerSheet: 3 } }, pageSize: 3 });
    const book = XLSX.read(file.bytes, { type: 'buffer', cellNF: true });
    assert.deepEqual(book.SheetNames, ['Clickstream', 'Clickstream 2']);
    assertSheetCells(book.Sheets.Clickstream!, fx.expected.slice(0, 2));
    assertSheetCells(book.Sheets['Clickstream 2']!, fx.expected.slice(2));
    assert.deepEqual(book.Sheets['Clickstream 2']!['!autofilter'], { ref: 'A1:X3' });
  });

  test('Chinese column headers on request; the same cells, formula-safe, and English stays the default', async () => {
    const zh = readCatalogue('zh-CN').export!.xlsxHeaders as Record<string, string>;
    const headers = EXPORT_COLUMNS.map((column) => zh[column.key]!);
    assert.equal(headers[0], '编号');
    assert.equal(headers[10], '时间戳');
    const file = await download(params({ headers: 'zh-CN' }));
    const book = XLSX.read(file.bytes, { type: 'buffer', cellNF: true });
    assertSheetCells(book.Sheets.Clickstream!, fx.expected, 2, headers);
    assert.deepEqual({ t: book.Sheets.Clickstream!.H2?.t, v: book.Sheets.Clickstream!.H2?.v }, { t: 's', v: HYPERLINK });
    assert.doesNotMatch(zipText(file.bytes, 'xl/worksheets/sheet1.xml'), /<f>/);
    const english = XLSX.read((await download(params({ headers: 'en' }))).bytes, { type: 'buffer', cellNF: true });
    assertSheetCells(english.Sheets.Clickstream!, fx.expected);
  });

  test('no matching events: a header-only sheet', async () => {
    const file = await download(params({ types: ['video'] }));
    assert.equal(file.rows, 0);
    const sheet = XLSX.read(file.bytes, { type: 'buffer' }).Sheets.Clickstream!;
    assertSheetCells(sheet, []);
  });
});

describe('csv', () => {
  test('RFC 4180 with a UTF-8 BOM; every value; formula-like text prefixed with an apostrophe', async () => {
    const file = await download(params({ format: 'csv' }));
    assert.equal(file.filename, 'pathwise-clickstream-20261125-143025.csv');
    assert.deepEqual([...file.bytes.subarray(0, 3)], [0xef, 0xbb, 0xbf]);
    const text = file.bytes.toString('utf8');
    assert.ok(text.endsWith('\r\n'));
    const records = parseCsv(text, { bom: true }) as string[][];
    assert.deepEqual(records[0], EXPORT_HEADERS);
    assert.equal(records.length, 1 + fx.expected.length);
    const asCsv = (value: ExportRow[number]) =>
      value === null
        ? ''
        : value instanceof Date
          ? value.toISOString()
          : typeof value === 'number'
            ? String(value)
            : /^[=+\-@\t\r]/.test(value)
              ? `'${value}`
              : value;
    fx.expected.forEach((row, r) => assert.deepEqual(records[r + 1], row.map(asCsv), `row ${r + 1}`));
    assert.equal(records[1]![7], `'${HYPERLINK}`);
    assert.equal(records[4]![7], 'Ünïcødé 😀, "quoted"\nline two');
  });
});

describe('ndjson', () => {
  test('one object per line, keyed by column, typed values, props as JSON', async () => {
    const file = await download(params({ format: 'json' }));
    assert.equal(file.filename, 'pathwise-clickstream-20261125-143025.ndjson');
    const lines = file.bytes.toString('utf8').split('\n');
    assert.equal(lines.pop(), '');
    assert.equal(lines.length, fx.expected.length);
    lines.forEach((line, r) => {
      const expected = Object.fromEntries(
        EXPORT_COLUMNS.map((column, c) => {
          const value = fx.expected[r]![c]!;
          return [
            column.key,
            value instanceof Date ? value.toISOString() : column.kind === 'json' && typeof value === 'string' ? JSON.parse(value) : value,
          ];
        }),
      );
      assert.deepEqual(JSON.parse(line), expected, `line ${r + 1}`);
    });
    assert.equal((JSON.parse(lines[0]!) as { element_text: string }).element_text, HYPERLINK);
  });
});

describe('parquet', () => {
  test('typed columns read back by arrow-rs (parquet-wasm)', async () => {
    const file = await download(params({ format: 'parquet' }));
    assert.equal(file.filename, 'pathwise-clickstream-20261125-143025.parquet');
    const table = tableFromIPC(readParquet(new Uint8Array(file.bytes)).intoIPCStream());
    assert.deepEqual(
      table.schema.fields.map((field) => `${field.name}:${String(field.type)}`),
      EXPORT_COLUMNS.map(
        (column) =>
          `${column.key}:${{ integer: 'Int32', text: 'Utf8', json: 'Utf8', datetime: 'Timestamp<MILLISECOND, UTC>' }[column.kind]}`,
      ),
    );
    assert.equal(table.numRows, fx.expected.length);
    const rows = table.toArray().map((row) => row.toJSON() as Record<string, unknown>);
    rows.forEach((row, r) =>
      EXPORT_COLUMNS.forEach((column, c) => {
        const value = fx.expected[r]![c]!;
        assert.deepEqual(row[column.key], value instanceof Date ? value.getTime() : value, `${column.key} row ${r + 1}`);
      }),
    );
    assert.equal(rows[0]!.element_text, HYPERLINK);
  });
});

describe('filters and scope', () => {
  const ids = (file: { bytes: Buffer }) =>
    file.bytes
      .toString('utf8')
      .trim()
      .split('\n')
      .map((line) => (JSON.parse(line) as { id: number }).id);

  test('event types, an inclusive date range, another site', async () => {
    const [click, pageview, scroll, custom] = fx.expected.map((row) => row[0]);
    assert.deepEqual(ids(await download(params({ format: 'json', types: ['click', 'custom'] }))), [click, custom]);
    assert.deepEqual(ids(await download(params({ format: 'json', from: '2026-11-22', to: '2026-11-23' }))), [click, pageview, scroll]);
    assert.deepEqual(ids(await download(params({ format: 'json', from: '2026-11-24', to: '2026-11-24' }))), [custom]);
    // The scroll happened at exactly midnight starting the 23rd: in that day, not the one before.
    assert.deepEqual(ids(await download(params({ format: 'json', from: '2026-11-23', to: '2026-11-23' }))), [scroll]);
    assert.deepEqual(ids(await download(params({ format: 'json', from: '2026-11-22', to: '2026-11-22' }))), [click, pageview]);
    const other = await download(params({ format: 'json', siteKey: fx.otherSiteKey }));
    assert.equal(other.rows, 1);
    assert.equal((JSON.parse(other.bytes.toString('utf8')) as { path: string }).path, '/other');
  });

  test('from and to are whole local days of each site’s own zone', async () => {
    // Asia/Shanghai is UTC+8: 23:30 on 22 Nov there is 15:30 UTC, and 00:30 on the 23rd is 16:30
    // UTC, still the 22nd in UTC. A UTC site beside it keeps UTC days.
    const shanghai = await createZoneSite('Asia/Shanghai', [
      { visitor: 'a', at: '2026-11-21T15:59:00Z', path: '/sh-21-2359' },
      { visitor: 'a', at: '2026-11-22T15:30:00Z', path: '/sh-22-2330' },
      { visitor: 'b', at: '2026-11-22T16:30:00Z', path: '/sh-23-0030' },
    ]);
    const utc = await createZoneSite('UTC', [{ visitor: 'c', at: '2026-11-22T23:30:00Z', path: '/utc-22-2330' }]);
    try {
      const paths = async (p: ExportParams) =>
        (await download(p)).bytes
          .toString('utf8')
          .trim()
          .split('\n')
          .filter(Boolean)
          .map((line) => (JSON.parse(line) as { path: string }).path)
          .filter((path) => /^\/(sh|utc)-/.test(path));
      const day22 = { format: 'json', from: '2026-11-22', to: '2026-11-22' } as const;
      assert.deepEqual(await paths({ ...day22, siteKey: shanghai.site.key }), ['/sh-22-2330']);
      assert.deepEqual(await paths({ format: 'json', siteKey: shanghai.site.key, from: '2026-11-23', to: '2026-11-23' }), ['/sh-23-0030']);
      assert.deepEqual(await paths({ format: 'json', siteKey: shanghai.site.key, to: '2026-11-21' }), ['/sh-21-2359']);
      // Every site at once: each cut at its own midnights.
      assert.deepEqual(await paths(day22), ['/sh-22-2330', '/utc-22-2330']);
      const counted = await start({ ...day22, siteKey: shanghai.site.key });
      assert.equal(counted.rows, 1);
      await counted.body.cancel();
    } finally {
      await shanghai.cleanup();
      await utc.cleanup();
    }
  });

  test('no site filter exports every event an admin may see', async () => {
    const file = await download({ format: 'csv' });
    assert.equal(file.rows, await db.event.count());
    assert.equal((parseCsv(file.bytes.toString('utf8'), { bom: true }) as string[][]).length, file.rows + 1);
  });

  test('pages of one row produce the same file as the default page size', async () => {
    const small = await download(params({ format: 'csv' }), { pageSize: 1 });
    const large = await download(params({ format: 'csv' }));
    assert.equal(small.bytes.toString('utf8'), large.bytes.toString('utf8'));
  });

  test('URL parameters are validated', () => {
    assert.deepEqual(
      parseExportParams(new URLSearchParams('format=csv&site=demo&from=2026-01-01&to=2026-01-31&types=click,pageview&types=scroll')),
      {
        format: 'csv',
        siteKey: 'demo',
        from: '2026-01-01',
        to: '2026-01-31',
        types: ['click', 'pageview', 'scroll'],
        headers: 'en',
      },
    );
    assert.equal(parseExportParams(new URLSearchParams('headers=zh-CN')).headers, 'zh-CN');
    assert.deepEqual(parseExportParams(new URLSearchParams('')), {
      format: 'xlsx',
      siteKey: undefined,
      from: undefined,
      to: undefined,
      types: undefined,
      headers: 'en',
    });
    for (const bad of ['headers=fr', 'format=xls', 'types=keylogger', 'from=2026-02-30', 'from=2026-02-02&to=2026-02-01', 'site=a%20b']) {
      assert.throws(
        () => parseExportParams(new URLSearchParams(bad)),
        (error: unknown) => error instanceof HttpError && error.status === 400,
        bad,
      );
    }
  });

  test('only admins export, whatever the caller checked', async () => {
    await assert.rejects(start(params(), {}, fx.instructor), (error: unknown) => error instanceof HttpError && error.status === 403);
  });
});

describe('audit', () => {
  const auditFor = async (filename: string) => {
    const entries = await db.auditLog.findMany({
      where: { actorId: fx.admin.id, action: EXPORT_AUDIT_ACTION },
      orderBy: { createdAt: 'desc' },
    });
    return entries.filter((entry) => (entry.details as ExportAuditDetails | null)?.filename === filename);
  };

  test('a finished export records who, which filters, the format and the row count', async () => {
    const at = new Date('2026-11-25T10:00:00.000Z');
    const file = await download(params({ format: 'csv', from: '2026-11-22', to: '2026-11-23', types: ['click', 'scroll'] }), { now: at });
    const [entry, ...more] = await auditFor(file.filename);
    assert.equal(more.length, 0);
    assert.equal(entry!.target, `site:${fx.siteKey}`);
    const details = entry!.details as ExportAuditDetails;
    assert.deepEqual(
      { ...details, durationMs: 0 },
      {
        filename: file.filename,
        format: 'csv',
        filters: { site: fx.siteKey, from: '2026-11-22', to: '2026-11-23', types: ['click', 'scroll'] },
        rows: 2,
        bytes: file.bytes.length,
        durationMs: 0,
        status: 'completed',
      },
    );
  });

  test('one export at a time per admin; a cancelled one is recorded as cancelled and frees the slot', async () => {
    const at = new Date('2026-11-25T11:00:00.000Z');
    const first = await start(params(), { now: at });
    await assert.rejects(start(params()), (error: unknown) => error instanceof HttpError && error.status === 409);
    const reader = first.body.getReader();
    await reader.read();
    await reader.cancel();
    const [entry] = await auditFor(first.filename);
    assert.equal((entry!.details as ExportAuditDetails).status, 'cancelled');
    const second = await download(params({ format: 'json' }));
    assert.equal(second.rows, 4);
  });
});
