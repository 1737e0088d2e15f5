import type { ReactNode } from 'react';
import styles from './widgets.module.css';

/** What a widget shows when its period has no data, and what would put some there. */
export function EmptyState({ title, children }: { title: string; children?: ReactNode }) {
  return (
    <div className={styles.empty} data-empty="">
      <p className={styles.emptyTitle}>{title}</p>
      {children && <p>{children}</p>}
    </div>
  );
}
