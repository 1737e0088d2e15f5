// Formula injection: a spreadsheet treats text starting with = + - @ (and tab/CR, which some
// apps strip before looking) as a formula, so `=HYPERLINK("http://evil","Click")` captured from
// a page could run on an admin's machine. Every export neutralises such cells.

const FORMULA_START = /^[=+\-@\t\r]/;

export function looksLikeFormula(text: string): boolean {
  return FORMULA_START.test(text);
}

/**
 * For formats without cell types (CSV): a leading apostrophe, the convention spreadsheets use
 * for "this is text", so the value opens as inert text. The xlsx writer instead keeps the text
 * exact in a string cell with Excel's quotePrefix style, which is inert by type.
 */
export function neutraliseFormula(text: string): string {
  return looksLikeFormula(text) ? `'${text}` : text;
}
