// The clickstream as an .xlsx workbook, produced as the rows arrive. Excel caps a sheet at
// 1,048,576 rows, so longer exports continue on "Clickstream 2", "Clickstream 3", … each with the
// same bold, frozen, filterable header row.
import { EXPORT_COLUMNS, type ExportColumn, type ExportRow } from '../columns';
import { contentTypesXml, rootRelsXml, stylesXml, workbookRelsXml, workbookXml, type SheetInfo } from './parts';
import { SheetXml } from './sheet-xml';
import { ZipStream } from './zip-stream';

/** Rows per sheet in Excel, the header row included. */
export const EXCEL_MAX_ROWS = 1_048_576;
/** Start a new sheet before a sheet's XML nears the 4 GiB zip entry limit (only very wide text gets there). */
const SHEET_BYTE_BUDGET = 3_500_000_000;
/** Text gathered before it is handed to deflate. */
const CHUNK_CHARS = 256 * 1024;

export type XlsxOptions = {
  /** Rows per sheet including the header; tests inject a small one to cross the boundary. */
  maxRowsPerSheet?: number;
  sheetName?: string;
  columns?: readonly ExportColumn[];
  modified?: Date;
  /** zlib level; 6 is zlib's default balance of size and speed. */
  level?: number;
};

export async function* writeXlsx(pages: AsyncIterable<ExportRow[]>, options: XlsxOptions = {}): AsyncGenerator<Uint8Array> {
  const maxRows = options.maxRowsPerSheet ?? EXCEL_MAX_ROWS;
  if (maxRows < 2) throw new Error('a sheet needs room for the header and at least one row');
  const baseName = options.sheetName ?? 'Clickstream';
  const xml = new SheetXml(options.columns ?? EXPORT_COLUMNS);
  const zip = new ZipStream(options.modified ?? new Date(), options.level ?? 6);
  const sheets: SheetInfo[] = [];
  let rowNumber = 0;
  let buffer = '';

  const flush = async () => {
    if (buffer) await zip.write(buffer);
    buffer = '';
  };
  const openSheet = () => {
    sheets.push({ name: sheets.length === 0 ? baseName : `${baseName} ${sheets.length + 1}`, lastRow: 1, lastColumn: xml.lastColumn });
    zip.begin(`xl/worksheets/sheet${sheets.length}.xml`);
    buffer = xml.start(sheets.length === 1);
    rowNumber = 1;
  };
  const closeSheet = async () => {
    buffer += xml.end(rowNumber);
    sheets[sheets.length - 1]!.lastRow = rowNumber;
    await flush();
    await zip.end();
  };

  // The package parts that do not depend on the rows go first, so the first bytes leave at once.
  await zip.file('_rels/.rels', rootRelsXml());
  await zip.file('xl/styles.xml', stylesXml());
  openSheet();
  for await (const page of pages) {
    for (const row of page) {
      if (rowNumber >= maxRows || zip.entryBytes > SHEET_BYTE_BUDGET) {
        await closeSheet();
        openSheet();
      }
      rowNumber += 1;
      buffer += xml.row(rowNumber, row);
      if (buffer.length >= CHUNK_CHARS) await flush();
    }
    const ready = zip.take();
    if (ready) yield ready;
  }
  await closeSheet();
  await zip.file('xl/workbook.xml', workbookXml(sheets));
  await zip.file('xl/_rels/workbook.xml.rels', workbookRelsXml(sheets.length));
  await zip.file('[Content_Types].xml', contentTypesXml(sheets.length));
  zip.finish();
  const rest = zip.take();
  if (rest) yield rest;
}
