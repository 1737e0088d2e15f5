import { getTranslations } from 'next-intl/server';
import type { AuthorizedSite } from '@/lib/access';
import type { Filters } from '@/lib/params/filters';
import { getFormat } from '@/lib/i18n/server';
import { getNewVsReturning } from '@/lib/queries/retention';
import { ColumnsChart } from '@/components/charts/columns-chart';
import { EmptyState } from '../empty-state';
import { Widget } from '../widget';

export async function NewVsReturningWidget({ site, filters }: { site: AuthorizedSite; filters: Filters }) {
  const [data, t, f] = await Promise.all([
    getNewVsReturning(site, filters.from, filters.to),
    getTranslations('retention.newVsReturning'),
    getFormat(site.timeZone),
  ]);
  const { totals } = data;
  const interval = data.interval === 'hour' ? 'hour' : 'day';
  const rule = t('rule', { interval });
  const subtitle =
    totals.visitors === 0
      ? rule
      : `${t('totals', {
          visitors: f.number(totals.visitors),
          new: f.number(totals.new),
          share: f.percent(totals.new / totals.visitors),
          returning: f.number(totals.returning),
        })} · ${rule}`;
  return (
    <Widget id="new-vs-returning" title={t('title')} subtitle={subtitle} wide>
      {totals.visitors === 0 ? (
        <EmptyState title={t('emptyTitle')}>{t('emptyBody')}</EmptyState>
      ) : (
        <ColumnsChart
          categories={data.points.map((p) => p.bucket)}
          bucketLabels
          stacked
          series={[
            { name: t('new'), values: data.points.map((p) => p.new) },
            { name: t('returning'), values: data.points.map((p) => p.returning) },
          ]}
          height={280}
          ariaLabel={t('aria')}
        />
      )}
    </Widget>
  );
}
