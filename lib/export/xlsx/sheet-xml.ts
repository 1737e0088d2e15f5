// One worksheet's XML, in the three pieces a streaming writer needs: the start (frozen header
// view, column widths, header row), one <row> per event, and the end (auto-filter over the rows).
import type { ExportColumn, ExportRow } from '../columns';
import { looksLikeFormula } from '../neutralise';
import { STYLE } from './parts';
import { columnLetter, excelSerial, xmlCellText } from './xml-text';

const MAIN = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';
const REL = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';

export class SheetXml {
  readonly letters: string[];
  readonly lastColumn: string;

  constructor(private readonly columns: readonly ExportColumn[]) {
    this.letters = columns.map((_, i) => columnLetter(i));
    this.lastColumn = this.letters[this.letters.length - 1] ?? 'A';
  }

  start(selected: boolean): string {
    const cols = this.columns.map((column, i) => `<col min="${i + 1}" max="${i + 1}" width="${column.width}" customWidth="1"/>`).join('');
    const header = this.columns.map((column, i) => this.text(`${this.letters[i]}1`, column.header, STYLE.header)).join('');
    return (
      `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<worksheet xmlns="${MAIN}" xmlns:r="${REL}">` +
      `<sheetViews><sheetView workbookViewId="0"${selected ? ' tabSelected="1"' : ''}>` +
      '<pane ySplit="1" topLeftCell="A2" activePane="bottomLeft" state="frozen"/>' +
      '<selection pane="bottomLeft" activeCell="A2" sqref="A2"/></sheetView></sheetViews>' +
      `<sheetFormatPr defaultRowHeight="15"/><cols>${cols}</cols><sheetData><row r="1">${header}</row>`
    );
  }

  row(rowNumber: number, row: ExportRow): string {
    let xml = `<row r="${rowNumber}">`;
    for (let i = 0; i < this.columns.length; i++) {
      const value = row[i];
      if (value === null || value === undefined) continue; // an empty cell, not "null" or 0
      const ref = this.letters[i]! + rowNumber;
      if (typeof value === 'number') {
        if (Number.isFinite(value)) xml += `<c r="${ref}"><v>${value}</v></c>`;
      } else if (value instanceof Date) {
        if (!Number.isNaN(value.getTime())) xml += `<c r="${ref}" s="${STYLE.datetime}"><v>${excelSerial(value)}</v></c>`;
      } else {
        xml += this.text(ref, value, looksLikeFormula(value) ? STYLE.quotedText : 0);
      }
    }
    return `${xml}</row>`;
  }

  end(lastRow: number): string {
    return `</sheetData><autoFilter ref="A1:${this.lastColumn}${lastRow}"/><pageMargins left="0.7" right="0.7" top="0.75" bottom="0.75" header="0.3" footer="0.3"/></worksheet>`;
  }

  // Inline strings keep the writer stateless: a shared-string table would have to be held in
  // memory for the whole export.
  private text(ref: string, value: string, style: number): string {
    const escaped = xmlCellText(value);
    // XML drops leading/trailing whitespace unless told to keep it (checked by char code: this runs per cell).
    const space = escaped.length > 0 && (escaped.charCodeAt(0) <= 32 || escaped.charCodeAt(escaped.length - 1) <= 32);
    return (
      (style ? `<c r="${ref}" s="${style}" t="inlineStr"><is>` : `<c r="${ref}" t="inlineStr"><is>`) +
      (space ? `<t xml:space="preserve">${escaped}</t></is></c>` : `<t>${escaped}</t></is></c>`)
    );
  }
}
