// The xlsx header row in the language the person chose on the export page. English keeps the
// platform's original headers (EXPORT_COLUMNS, which existing sheets and macros read); any other
// language takes its headers from the `export` catalogue (`export.xlsxHeaders.<column key>`),
// so translators edit them beside the page's other strings. Keys, kinds and widths never change.
import { loadCatalogue } from '@/lib/i18n/catalogue';
import type { Locale } from '@/lib/i18n/config';
import { EXPORT_COLUMNS, type ExportColumn } from './columns';

export function exportColumnsIn(locale: Locale = 'en'): readonly ExportColumn[] {
  if (locale === 'en') return EXPORT_COLUMNS;
  const headers = (loadCatalogue(locale).export?.xlsxHeaders ?? {}) as Record<string, unknown>;
  return EXPORT_COLUMNS.map((column) => {
    const header = headers[column.key];
    if (typeof header !== 'string' || !header) throw new Error(`export.xlsxHeaders.${column.key} is missing from the ${locale} catalogue`);
    return { ...column, header };
  });
}
