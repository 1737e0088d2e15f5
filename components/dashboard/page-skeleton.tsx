import { KpiGridSkeleton, WidgetSkeleton } from './skeletons';
import { Skeleton } from '@/components/status/skeleton';
import styles from './widgets.module.css';

/** Shown by each analytics page's loading.tsx while the page resolves its user, site and filters. */
export function PageSkeleton({ kpis = false }: { kpis?: boolean }) {
  return (
    <div style={{ display: 'flex', flexDirection: 'column', gap: 20 }} aria-busy="true" aria-label="Loading the page">
      <div style={{ display: 'flex', flexDirection: 'column', gap: 8 }}>
        <Skeleton width={180} height={26} />
        <Skeleton width={260} height={14} />
      </div>
      {kpis && <KpiGridSkeleton />}
      <div className={styles.grid}>
        <WidgetSkeleton wide height={280} />
        <WidgetSkeleton rows={6} />
        <WidgetSkeleton rows={6} />
      </div>
    </div>
  );
}
