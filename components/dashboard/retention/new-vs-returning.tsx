import type { AuthorizedSite } from '@/lib/access';
import type { Filters } from '@/lib/params/filters';
import { formatNumber, formatPercent } from '@/lib/format';
import { getNewVsReturning } from '@/lib/queries/retention';
import { ColumnsChart } from '@/components/charts/columns-chart';
import { EmptyState } from '../empty-state';
import { Widget } from '../widget';

export async function NewVsReturningWidget({ site, filters }: { site: AuthorizedSite; filters: Filters }) {
  const data = await getNewVsReturning(site, filters.from, filters.to);
  const { totals } = data;
  const subtitle =
    totals.visitors === 0
      ? `Per ${data.interval}: new = first visit that ${data.interval}, returning = visited before`
      : `${formatNumber(totals.visitors)} visitors: ${formatNumber(totals.new)} first seen in this period (${formatPercent(totals.new / totals.visitors)}), ${formatNumber(totals.returning)} seen before it · per ${data.interval}: new = first visit that ${data.interval}, returning = visited before`;
  return (
    <Widget id="new-vs-returning" title="New vs returning visitors" subtitle={subtitle} wide>
      {totals.visitors === 0 ? (
        <EmptyState title="No visitors in this period">Pick a longer range, or check that the tracking snippet is installed.</EmptyState>
      ) : (
        <ColumnsChart
          categories={data.points.map((p) => p.bucket)}
          bucketLabels
          stacked
          series={[
            { name: 'New', values: data.points.map((p) => p.new) },
            { name: 'Returning', values: data.points.map((p) => p.returning) },
          ]}
          height={280}
          ariaLabel="New and returning visitors over time, stacked"
        />
      )}
    </Widget>
  );
}
