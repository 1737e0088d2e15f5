import type { ReactNode } from 'react';
import styles from './status.module.css';
import { MAIN_ID } from '@/components/shell/skip-link';

/** The frame of the 403, 404 and error pages. */
export function StatusPage({ code, title, children, actions }: { code: string; title: string; children: ReactNode; actions: ReactNode }) {
  return (
    <main id={MAIN_ID} tabIndex={-1} className={styles.page}>
      <section className={`card ${styles.panel}`}>
        <p className={styles.code}>{code}</p>
        <h1>{title}</h1>
        <div className="muted">{children}</div>
        <div className={styles.actions}>{actions}</div>
      </section>
    </main>
  );
}
