import type { AuthorizedSite } from '@/lib/access';
import type { Filters } from '@/lib/params/filters';
import { getChannelTrend } from '@/lib/queries/sources';
import { TimeseriesChart } from '@/components/charts/timeseries-chart';
import { EmptyState } from '../empty-state';
import { Widget } from '../widget';

export async function ChannelTrendWidget({ site, filters }: { site: AuthorizedSite; filters: Filters }) {
  const trend = await getChannelTrend(site, filters.from, filters.to);
  return (
    <Widget id="channel-trend" title="Channels over time" subtitle={`Sessions per day in ${site.timeZone}, stacked by channel`} wide>
      {trend.series.length === 0 ? (
        <EmptyState title="No sessions in this period" />
      ) : (
        <TimeseriesChart
          buckets={trend.days}
          series={trend.series.map((s) => ({ name: s.channel, values: s.sessions }))}
          stacked
          ariaLabel="Sessions per day by channel, stacked"
        />
      )}
    </Widget>
  );
}
