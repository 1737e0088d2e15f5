// NDJSON: one JSON object per line, keyed by each column's `key`. Properties are embedded as a
// JSON value (they are stored as JSON), the timestamp as ISO-8601 UTC, missing values as null.
// Machine formats keep text exactly as stored: formula neutralising is for spreadsheets.
import { EXPORT_COLUMNS, type ExportColumn, type ExportRow } from '../columns';

export function ndjsonLine(row: ExportRow, columns: readonly ExportColumn[] = EXPORT_COLUMNS): string {
  let line = '{';
  for (let i = 0; i < columns.length; i++) {
    const column = columns[i]!;
    const value = row[i] ?? null;
    let json: string;
    if (value === null) json = 'null';
    else if (value instanceof Date) json = Number.isNaN(value.getTime()) ? 'null' : `"${value.toISOString()}"`;
    else if (column.kind === 'json' && typeof value === 'string')
      json = value; // already JSON text
    else if (typeof value === 'number') json = Number.isFinite(value) ? String(value) : 'null';
    else json = JSON.stringify(value);
    line += `${i === 0 ? '' : ','}"${column.key}":${json}`;
  }
  return `${line}}\n`;
}

export async function* writeNdjson(
  pages: AsyncIterable<ExportRow[]>,
  columns: readonly ExportColumn[] = EXPORT_COLUMNS,
): AsyncGenerator<Uint8Array> {
  for await (const page of pages) {
    let text = '';
    for (const row of page) text += ndjsonLine(row, columns);
    if (text) yield Buffer.from(text, 'utf8');
  }
}
