import type { ChartTable } from '@/lib/charts/data-table';
import { useTranslations } from 'next-intl';
import styles from './echart.module.css';

/**
 * A chart's figures as a table, folded away under a summary so the page keeps its shape. A
 * native <details> opens with Enter or Space and is announced as a disclosure; the table sits in
 * a focusable region so a wide one can be scrolled from the keyboard.
 */
export function ChartData({ table, caption }: { table: ChartTable; caption: string }) {
  const t = useTranslations('charts');
  if (table.rows.length === 0) return null;
  return (
    <details className={styles.data}>
      <summary className={styles.summary}>{t('showTable')}</summary>
      <div className={styles.scroll} role="region" aria-label={caption} tabIndex={0}>
        <table className="table">
          <caption className="sr-only">{caption}</caption>
          <thead>
            <tr>
              {table.columns.map((column, index) => (
                <th key={index} scope="col" className={column.numeric ? 'num' : undefined}>
                  {column.label}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {table.rows.map((row, rowIndex) => (
              <tr key={rowIndex}>
                {row.map((cell, index) =>
                  index === 0 ? (
                    <th key={index} scope="row" translate={table.rowLabelsAreData ? 'no' : undefined}>
                      {cell}
                    </th>
                  ) : (
                    <td key={index} className={table.columns[index]?.numeric ? 'num' : undefined}>
                      {cell}
                    </td>
                  ),
                )}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </details>
  );
}
