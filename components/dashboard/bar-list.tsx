import type { ReactNode } from 'react';
import { formatExact, formatNumber } from '@/lib/format';
import styles from './widgets.module.css';

export type BarListItem = { key?: string; label: ReactNode; value: number; secondary?: string; title?: string };

/** A ranked list with a proportional bar behind each row (the largest value fills the row). */
export function BarList({ items, labelHeading, valueHeading }: { items: BarListItem[]; labelHeading: string; valueHeading: string }) {
  const max = Math.max(1, ...items.map((item) => item.value));
  return (
    <div>
      <div className={styles.barListHead} aria-hidden="true">
        <span>{labelHeading}</span>
        <span>{valueHeading}</span>
      </div>
      <ul className={styles.barList} aria-label={`${labelHeading} by ${valueHeading.toLowerCase()}`}>
        {items.map((item, index) => (
          <li key={item.key ?? index} className={styles.barRow} title={item.title}>
            <span className={styles.barFill} style={{ width: `${(item.value / max) * 100}%` }} aria-hidden="true" />
            <span className={styles.barLabel}>{item.label}</span>
            <span className={styles.barValue} title={formatExact(item.value)}>
              {formatNumber(item.value)}
              {item.secondary && <span className={styles.barSecondary}>{item.secondary}</span>}
            </span>
          </li>
        ))}
      </ul>
    </div>
  );
}
