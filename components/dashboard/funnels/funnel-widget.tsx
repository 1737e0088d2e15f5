import { getTranslations } from 'next-intl/server';
import type { AuthorizedSite } from '@/lib/access';
import type { Filters } from '@/lib/params/filters';
import { getFormat } from '@/lib/i18n/server';
import type { FunnelStep } from '@/lib/queries/funnel-steps';
import { getFunnel, type FunnelBy, type FunnelStepResult } from '@/lib/queries/funnels';
import { FunnelChart } from '@/components/charts/funnel-chart';
import { DataTable } from '../data-table';
import { EmptyState } from '../empty-state';
import { Widget } from '../widget';

export async function FunnelWidget({
  site,
  filters,
  steps,
  by,
}: {
  site: AuthorizedSite;
  filters: Filters;
  steps: FunnelStep[];
  by: FunnelBy;
}) {
  const [funnel, t, f] = await Promise.all([
    getFunnel(site, filters.from, filters.to, steps, by),
    getTranslations('funnels.widget'),
    getFormat(site.timeZone),
  ]);
  const overall = funnel.entered ? funnel.completed / funnel.entered : 0;
  return (
    <Widget
      id="funnel"
      title={t('title')}
      subtitle={t('subtitle', { by, entered: f.number(funnel.entered), completed: f.number(funnel.completed), share: f.percent(overall) })}
      wide
    >
      {funnel.entered === 0 ? (
        <EmptyState title={t('emptyTitle', { by })}>{t('emptyBody')}</EmptyState>
      ) : (
        <>
          <FunnelChart
            steps={funnel.steps}
            unit={t('unit', { by })}
            ariaLabel={t('aria', { count: steps.length, share: f.percent(overall) })}
          />
          <DataTable<FunnelStepResult & { index: number }>
            caption={t('caption')}
            rows={funnel.steps.map((s, index) => ({ ...s, index }))}
            rowKey={(row) => `${row.index}`}
            columns={[
              { key: 'step', label: t('step'), mono: true, render: (r) => `${r.index + 1}. ${r.label}` },
              { key: 'count', label: t('count', { by }), numeric: true, render: (r) => f.number(r.count) },
              { key: 'conversion', label: t('fromStart'), numeric: true, render: (r) => f.percent(r.conversion) },
              {
                key: 'step-conversion',
                label: t('fromPrevious'),
                numeric: true,
                render: (r) => (r.index === 0 ? '—' : f.percent(r.stepConversion)),
              },
              { key: 'drop', label: t('droppedOff'), numeric: true, render: (r) => (r.index === 0 ? '—' : f.number(r.dropOff)) },
            ]}
          />
        </>
      )}
    </Widget>
  );
}
