import { getTranslations } from 'next-intl/server';
import type { AuthorizedSite } from '@/lib/access';
import type { Filters } from '@/lib/params/filters';
import { getChannelTrend } from '@/lib/queries/sources';
import { TimeseriesChart } from '@/components/charts/timeseries-chart';
import { EmptyState } from '../empty-state';
import { Widget } from '../widget';

export async function ChannelTrendWidget({ site, filters }: { site: AuthorizedSite; filters: Filters }) {
  const [trend, t, d] = await Promise.all([
    getChannelTrend(site, filters.from, filters.to),
    getTranslations('sources.trend'),
    getTranslations('dashboard'),
  ]);
  const channel = (name: string) => (d.has(`channels.${name}`) ? d(`channels.${name}`) : name);
  return (
    <Widget id="channel-trend" title={t('title')} subtitle={t('subtitle')} wide>
      {trend.series.length === 0 ? (
        <EmptyState title={d('empty.noSessions')} />
      ) : (
        <TimeseriesChart
          buckets={trend.days}
          series={trend.series.map((s) => ({ name: channel(s.channel), values: s.sessions }))}
          stacked
          ariaLabel={t('aria')}
        />
      )}
    </Widget>
  );
}
