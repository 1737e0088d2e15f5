// The formats the export route serves, each a writer from pages of rows to byte chunks.
import type { ExportRow } from './columns';
import { writeCsv } from './writers/csv';
import { writeNdjson } from './writers/ndjson';
import { writeParquet } from './writers/parquet';
import { writeXlsx, type XlsxOptions } from './xlsx/write-xlsx';

export const EXPORT_FORMATS = ['xlsx', 'csv', 'json', 'parquet'] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];

export type WriterOptions = { xlsx?: XlsxOptions };
type Writer = (pages: AsyncIterable<ExportRow[]>, options: WriterOptions) => AsyncGenerator<Uint8Array>;

export const FORMAT_INFO: Record<ExportFormat, { label: string; extension: string; contentType: string; write: Writer }> = {
  xlsx: {
    label: 'Excel (.xlsx)',
    extension: 'xlsx',
    contentType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
    write: (pages, options) => writeXlsx(pages, options.xlsx),
  },
  csv: { label: 'CSV', extension: 'csv', contentType: 'text/csv; charset=utf-8', write: (pages) => writeCsv(pages) },
  json: { label: 'NDJSON', extension: 'ndjson', contentType: 'application/x-ndjson; charset=utf-8', write: (pages) => writeNdjson(pages) },
  parquet: { label: 'Parquet', extension: 'parquet', contentType: 'application/vnd.apache.parquet', write: (pages) => writeParquet(pages) },
};

/** `pathwise-clickstream-20261122-143025.xlsx`, in UTC so the name does not depend on the server's zone. */
export function exportFilename(format: ExportFormat, now: Date = new Date()): string {
  const stamp = now.toISOString().replace(/[-:]/g, '').replace('T', '-').slice(0, 15);
  return `pathwise-clickstream-${stamp}.${FORMAT_INFO[format].extension}`;
}
