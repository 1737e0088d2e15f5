import { getTranslations } from 'next-intl/server';
import type { AuthorizedSite } from '@/lib/access';
import type { Filters } from '@/lib/params/filters';
import { getTimeseries } from '@/lib/queries/stats';
import { TimeseriesChart } from '@/components/charts/timeseries-chart';
import { Widget } from '../widget';

export async function GrowthWidget({ site, filters }: { site: AuthorizedSite; filters: Filters }) {
  const [series, t] = await Promise.all([getTimeseries(site, filters.from, filters.to), getTranslations('overview.growth')]);
  const buckets = series.points.map((p) => p.bucket);
  const interval = series.interval === 'hour' ? 'hour' : 'day';
  return (
    <Widget id="growth" title={t('title')} subtitle={t('subtitle', { interval })} wide>
      <TimeseriesChart
        buckets={buckets}
        series={[
          { name: t('visitors'), values: series.points.map((p) => p.visitors) },
          { name: t('sessions'), values: series.points.map((p) => p.sessions) },
          { name: t('pageviews'), values: series.points.map((p) => p.pageviews), axis: 'right' },
        ]}
        height={320}
        ariaLabel={t('aria', { interval })}
      />
    </Widget>
  );
}
