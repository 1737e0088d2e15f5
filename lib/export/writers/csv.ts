// RFC 4180 CSV: CRLF line ends, fields quoted when they hold a quote, comma, CR or LF, quotes
// doubled. A UTF-8 byte-order mark first, because Excel otherwise reads the file as ANSI and
// mangles every non-ASCII name. Text that a spreadsheet would run as a formula gets an apostrophe.
import { EXPORT_COLUMNS, type ExportColumn, type ExportRow, type ExportValue } from '../columns';
import { neutraliseFormula } from '../neutralise';

const BOM = '\uFEFF';
const NEEDS_QUOTES = /[",\r\n]/;

export function csvField(value: ExportValue): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'number') return Number.isFinite(value) ? String(value) : '';
  if (value instanceof Date) return Number.isNaN(value.getTime()) ? '' : value.toISOString();
  const text = neutraliseFormula(value);
  return NEEDS_QUOTES.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

export function csvLine(values: readonly ExportValue[]): string {
  let line = '';
  for (let i = 0; i < values.length; i++) line += (i === 0 ? '' : ',') + csvField(values[i] ?? null);
  return `${line}\r\n`;
}

export async function* writeCsv(
  pages: AsyncIterable<ExportRow[]>,
  columns: readonly ExportColumn[] = EXPORT_COLUMNS,
): AsyncGenerator<Uint8Array> {
  yield Buffer.from(BOM + csvLine(columns.map((column) => column.header)), 'utf8');
  for await (const page of pages) {
    let text = '';
    for (const row of page) text += csvLine(row);
    if (text) yield Buffer.from(text, 'utf8');
  }
}
