import { Suspense, type ReactNode } from 'react';
import { WidgetErrorBoundary } from './widget-error-boundary';
import { WidgetSkeleton } from './skeletons';

/**
 * One widget's loading and failure boundary: a skeleton while its queries run (the page streams
 * the rest meanwhile), and a readable message instead of the page's error screen if they fail.
 */
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
    <WidgetErrorBoundary title={title} wide={wide}>
      <Suspense fallback={fallback ?? <WidgetSkeleton wide={wide} height={height} rows={rows} />}>{children}</Suspense>
    </WidgetErrorBoundary>
  );
}
