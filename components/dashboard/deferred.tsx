import type { ReactNode } from 'react';
import { AsyncSection } from '@/components/status/async-section';
import { WidgetSkeleton } from './skeletons';
import styles from './widgets.module.css';

/** A dashboard widget's async boundary: AsyncSection with a widget-shaped skeleton and card. */
export function Deferred({
  title,
  children,
  wide = false,
  height,
  rows,
  fallback,
}: {
  title: string;
  children: ReactNode;
  wide?: boolean;
  height?: number;
  rows?: number;
  fallback?: ReactNode;
}) {
  return (
    <AsyncSection
      title={title}
      className={wide ? styles.wide : undefined}
      fallback={fallback ?? <WidgetSkeleton wide={wide} height={height} rows={rows} />}
    >
      {children}
    </AsyncSection>
  );
}
