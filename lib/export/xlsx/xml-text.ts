// Text as it must appear inside an xlsx <t> element. XML cannot carry most control characters,
// and parsers turn a literal CR into LF, so those are written the way Excel itself writes them,
// `_xHHHH_`; a literal `_xHHHH_` in the data is escaped as `_x005F_xHHHH_` so it reads back unchanged.

/** Excel refuses longer cell text. */
export const MAX_CELL_TEXT = 32_767;

const NEEDS_WORK = /[&<>\u0000-\u0008\u000b-\u001f\ufffe\uffff]|_x[0-9a-fA-F]{4}_/;
const AMP_LT_GT = /[&<>]/g;
const ENTITIES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;' };
const LITERAL_ESCAPE = /_(x[0-9a-fA-F]{4}_)/g;
// Half of a surrogate pair on its own is not a character; XML cannot hold it.
const SURROGATE = /[\uD800-\uDFFF]/;
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;
const CONTROL = /[\u0000-\u0008\u000b-\u001f\ufffe\uffff]/g;

function hexEscape(char: string): string {
  return `_x${char.charCodeAt(0).toString(16).toUpperCase().padStart(4, '0')}_`;
}

export function xmlCellText(value: string): string {
  let text = value.length > MAX_CELL_TEXT ? value.slice(0, MAX_CELL_TEXT) : value;
  if (SURROGATE.test(text)) text = text.replace(LONE_SURROGATE, '\uFFFD');
  if (!NEEDS_WORK.test(text)) return text;
  return text
    .replace(LITERAL_ESCAPE, '_x005F_$1')
    .replace(AMP_LT_GT, (char) => ENTITIES[char]!)
    .replace(CONTROL, hexEscape);
}

/** Attribute values (sheet names in workbook.xml). */
export function xmlAttr(value: string): string {
  return value.replace(/[&<>"]/g, (char) => (char === '"' ? '&quot;' : ENTITIES[char]!));
}

/** A, B, …, Z, AA, … for a zero-based column index. */
export function columnLetter(index: number): string {
  let name = '';
  for (let n = index + 1; n > 0; n = Math.floor((n - 1) / 26)) name = String.fromCharCode(65 + ((n - 1) % 26)) + name;
  return name;
}

const EXCEL_EPOCH_MS = Date.UTC(1899, 11, 30);

/** Excel's date serial (days since 1899-12-30, 1900 system) for a UTC instant. */
export function excelSerial(date: Date): number {
  return (date.getTime() - EXCEL_EPOCH_MS) / 86_400_000;
}
