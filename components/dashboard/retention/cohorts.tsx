import { getTranslations } from 'next-intl/server';
import type { AuthorizedSite } from '@/lib/access';
import { getFormat } from '@/lib/i18n/server';
import type { MatrixCell } from '@/lib/charts/matrix-heatmap';
import { cohortStart, getCohorts, MIN_COHORT_WEEKS } from '@/lib/queries/retention';
import { MatrixHeatmapChart } from '@/components/charts/matrix-heatmap-chart';
import { EmptyState } from '../empty-state';
import { Widget } from '../widget';

export async function CohortWidget({ site, from, to }: { site: AuthorizedSite; from: Date; to: Date }) {
  const [data, t, f] = await Promise.all([
    getCohorts(site, cohortStart(from, to), to),
    getTranslations('retention.cohorts'),
    getFormat(site.timeZone),
  ]);
  const cohorts = data.cohorts.filter((c) => c.size > 0);
  const cells: MatrixCell[] = cohorts.flatMap((cohort, y) =>
    cohort.rates.map((rate, x) => ({
      x,
      y,
      value: rate,
      detail: t('cellDetail', { retained: f.number(cohort.retained[x] ?? 0), size: f.number(cohort.size) }),
    })),
  );
  const weeks = Math.max(0, ...cohorts.map((c) => c.rates.length));
  return (
    <Widget id="cohorts" title={t('title')} subtitle={t('subtitle', { weeks: MIN_COHORT_WEEKS })} wide>
      {cohorts.length === 0 ? (
        <EmptyState title={t('emptyTitle')}>{t('emptyBody')}</EmptyState>
      ) : (
        <MatrixHeatmapChart
          xLabels={Array.from({ length: weeks }, (_, i) => (i === 0 ? t('week0') : t('weekOffset', { weeks: i })))}
          yLabels={cohorts.map((c) => `${f.bucket(c.week)} · ${f.number(c.size)}`)}
          cells={cells}
          description={t('description', { count: cohorts.length })}
          ariaLabel={t('aria')}
          corner={t('corner')}
        />
      )}
    </Widget>
  );
}
