import type { ReactNode } from 'react';
import styles from './widgets.module.css';

/** A titled dashboard card. `wide` spans the whole grid row. */
export function Widget({
  title,
  subtitle,
  actions,
  wide = false,
  children,
  id,
}: {
  title: string;
  subtitle?: ReactNode;
  actions?: ReactNode;
  wide?: boolean;
  children: ReactNode;
  id?: string;
}) {
  return (
    <section
      className={`card ${styles.widget} ${wide ? styles.wide : ''}`}
      aria-labelledby={id ? `${id}-title` : undefined}
      data-widget={id}
    >
      <header className={styles.widgetHead}>
        <div>
          <h2 className={styles.widgetTitle} id={id ? `${id}-title` : undefined}>
            {title}
          </h2>
          {subtitle && <p className={styles.widgetSubtitle}>{subtitle}</p>}
        </div>
        {actions && <div className={styles.widgetActions}>{actions}</div>}
      </header>
      {children}
    </section>
  );
}

export function Grid({ children, columns = 2 }: { children: ReactNode; columns?: 2 | 3 }) {
  return <div className={columns === 3 ? styles.grid3 : styles.grid}>{children}</div>;
}
