import type { AuthorizedSite } from '@/lib/access';
import type { Filters } from '@/lib/params/filters';
import { getTimeseries } from '@/lib/queries/stats';
import { TimeseriesChart } from '@/components/charts/timeseries-chart';
import { Widget } from '../widget';

export async function GrowthWidget({ site, filters }: { site: AuthorizedSite; filters: Filters }) {
  const series = await getTimeseries(site, filters.from, filters.to);
  const buckets = series.points.map((p) => p.bucket);
  return (
    <Widget
      id="growth"
      title="Growth"
      subtitle={`Visitors and sessions (left axis) and pageviews (right axis) per ${series.interval === 'hour' ? 'hour' : 'day'}, UTC`}
      wide
    >
      <TimeseriesChart
        buckets={buckets}
        series={[
          { name: 'Visitors', values: series.points.map((p) => p.visitors) },
          { name: 'Sessions', values: series.points.map((p) => p.sessions) },
          { name: 'Pageviews', values: series.points.map((p) => p.pageviews), axis: 'right' },
        ]}
        height={320}
        ariaLabel={`Visitors, sessions and pageviews per ${series.interval}`}
      />
    </Widget>
  );
}
