import { Skeleton } from '@/components/status/skeleton';
import styles from './learning.module.css';

/** `key` names the stat in data-stat (stable across languages); `valueIsData` marks a user-data value translate="no". */
export type Stat = { label: string; value: string; hint?: string; key?: string; valueIsData?: boolean };

export function StatGrid({ items, label }: { items: Stat[]; label: string }) {
  return (
    <div className={styles.stats} aria-label={label}>
      {items.map((item) => (
        <div
          key={item.key ?? item.label}
          className={`card ${styles.stat}`}
          data-stat={item.key ?? item.label}
          title={item.hint}
          translate={item.valueIsData ? 'no' : undefined}
        >
          <span className={styles.statValue}>{item.value}</span>
          <span className={styles.statLabel} translate={item.valueIsData ? 'yes' : undefined}>
            {item.label}
          </span>
        </div>
      ))}
    </div>
  );
}

/** `ariaLabel` replaces the English "Loading <label>" (translated callers). */
export function SectionSkeleton({ label, height = 160, ariaLabel }: { label: string; height?: number; ariaLabel?: string }) {
  return (
    <div className={`card ${styles.panel}`} aria-busy="true" aria-label={ariaLabel ?? `Loading ${label}`}>
      <Skeleton height={14} width="30%" style={{ marginBottom: 12 }} />
      <Skeleton height={height} />
    </div>
  );
}
