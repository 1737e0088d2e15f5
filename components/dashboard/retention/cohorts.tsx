import type { AuthorizedSite } from '@/lib/access';
import { formatBucket, formatNumber } from '@/lib/format';
import type { MatrixCell } from '@/lib/charts/matrix-heatmap';
import { cohortStart, getCohorts, MIN_COHORT_WEEKS } from '@/lib/queries/retention';
import { MatrixHeatmapChart } from '@/components/charts/matrix-heatmap-chart';
import { EmptyState } from '../empty-state';
import { Widget } from '../widget';

export async function CohortWidget({ site, from, to }: { site: AuthorizedSite; from: Date; to: Date }) {
  const data = await getCohorts(site, cohortStart(from, to), to);
  const cohorts = data.cohorts.filter((c) => c.size > 0);
  const cells: MatrixCell[] = cohorts.flatMap((cohort, y) =>
    cohort.rates.map((rate, x) => ({
      x,
      y,
      value: rate,
      detail: `${formatNumber(cohort.retained[x] ?? 0)} of ${formatNumber(cohort.size)} visitors`,
    })),
  );
  const weeks = Math.max(0, ...cohorts.map((c) => c.rates.length));
  return (
    <Widget
      id="cohorts"
      title="Weekly cohorts"
      subtitle={`Visitors grouped by the ISO week (UTC, from Monday) they were first seen, over at least the last ${MIN_COHORT_WEEKS} weeks; each cell is the share of the cohort with a session n weeks later`}
      wide
    >
      {cohorts.length === 0 ? (
        <EmptyState title="No new visitors in these weeks">
          Cohorts start with a visitor&apos;s first visit; none was first seen in this period.
        </EmptyState>
      ) : (
        <MatrixHeatmapChart
          xLabels={Array.from({ length: weeks }, (_, i) => (i === 0 ? 'Week 0' : `+${i}`))}
          yLabels={cohorts.map((c) => `${formatBucket(c.week)} · ${formatNumber(c.size)}`)}
          cells={cells}
          description={`Retention heatmap of ${cohorts.length} weekly cohorts.`}
          ariaLabel="Weekly cohort retention heatmap"
          corner="Cohort · visitors"
        />
      )}
    </Widget>
  );
}
