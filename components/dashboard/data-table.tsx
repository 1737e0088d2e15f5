import type { ReactNode } from 'react';
import styles from './widgets.module.css';
import { TableWrap } from '@/components/shell/table-wrap';

export type Column<Row> = {
  key: string;
  label: ReactNode;
  numeric?: boolean;
  mono?: boolean;
  /** The cells are user data (paths, names, messages): marked translate="no". Monospaced columns are data too. */
  data?: boolean;
  render: (row: Row) => ReactNode;
};

/** A plain, scrollable table: numbers right-aligned in tabular figures, long paths wrap. */
export function DataTable<Row>({
  columns,
  rows,
  rowKey,
  caption,
}: {
  columns: Column<Row>[];
  rows: Row[];
  rowKey: (row: Row, index: number) => string;
  caption: string;
}) {
  return (
    <TableWrap label={caption}>
      <table className={`table ${styles.wideTable}`}>
        <caption className="sr-only">{caption}</caption>
        <thead>
          <tr>
            {columns.map((column) => (
              <th key={column.key} scope="col" className={column.numeric ? 'num' : undefined}>
                {column.label}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.map((row, index) => (
            <tr key={rowKey(row, index)}>
              {columns.map((column) => (
                <td
                  key={column.key}
                  className={[column.numeric ? 'num' : '', column.mono ? styles.mono : ''].join(' ').trim() || undefined}
                  translate={column.data || column.mono ? 'no' : undefined}
                >
                  {column.render(row)}
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </TableWrap>
  );
}
