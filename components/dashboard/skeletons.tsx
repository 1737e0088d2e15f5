import { useTranslations } from 'next-intl';
import { Skeleton as Bar } from '@/components/status/skeleton';
import styles from './widgets.module.css';

/** A card-shaped placeholder with a title line and a chart or list body. */
export function WidgetSkeleton({ wide = false, height = 260, rows = 0 }: { wide?: boolean; height?: number; rows?: number }) {
  const t = useTranslations('dashboard');
  return (
    <section className={`card ${styles.widget} ${wide ? styles.wide : ''}`} aria-busy="true" aria-label={t('loading')}>
      <Bar width="35%" height={14} />
      {rows > 0 ? (
        <div style={{ display: 'flex', flexDirection: 'column', gap: 8 }}>
          {Array.from({ length: rows }, (_, i) => (
            <Bar key={i} width={`${92 - i * 9}%`} height={26} />
          ))}
        </div>
      ) : (
        <Bar width="100%" height={height} />
      )}
    </section>
  );
}

export function KpiGridSkeleton({ count = 6 }: { count?: number }) {
  const t = useTranslations('dashboard');
  return (
    <section className={styles.kpis} aria-busy="true" aria-label={t('loadingKeyFigures')}>
      {Array.from({ length: count }, (_, i) => (
        <div key={i} className={`card ${styles.kpi}`}>
          <Bar width="55%" height={11} />
          <Bar width="70%" height={26} />
          <Bar width="80%" height={11} />
        </div>
      ))}
    </section>
  );
}
