import { useTranslations } from 'next-intl';
import { Suspense, type ReactNode } from 'react';
import { SectionErrorBoundary } from './section-error-boundary';

/**
 * The one loading and failure boundary for every async section of a page: `fallback` (a
 * skeleton) while its queries run, so the page streams the rest meanwhile, and a readable message
 * instead of the page's error screen if they fail.
 */
export function AsyncSection({
  title,
  fallback,
  className,
  children,
}: {
  title: string;
  fallback: ReactNode;
  className?: string;
  children: ReactNode;
}) {
  const t = useTranslations('dashboard');
  return (
    <SectionErrorBoundary title={title} headline={t('sectionFailed', { title })} body={t('sectionFailedBody')} className={className}>
      <Suspense fallback={fallback}>{children}</Suspense>
    </SectionErrorBoundary>
  );
}
