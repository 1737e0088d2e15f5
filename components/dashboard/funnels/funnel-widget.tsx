import type { AuthorizedSite } from '@/lib/access';
import type { Filters } from '@/lib/params/filters';
import { formatNumber, formatPercent } from '@/lib/format';
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
  const funnel = await getFunnel(site, filters.from, filters.to, steps, by);
  const unit = by === 'visitor' ? 'visitors' : 'sessions';
  const overall = funnel.entered ? funnel.completed / funnel.entered : 0;
  return (
    <Widget
      id="funnel"
      title="Funnel"
      subtitle={`${formatNumber(funnel.entered)} ${unit} entered, ${formatNumber(funnel.completed)} completed every step (${formatPercent(overall)})`}
      wide
    >
      {funnel.entered === 0 ? (
        <EmptyState title={`No ${unit} reached the first step`}>
          Check the first step&apos;s path or event name, or pick a longer range.
        </EmptyState>
      ) : (
        <>
          <FunnelChart
            steps={funnel.steps}
            unit={unit}
            ariaLabel={`Funnel of ${steps.length} steps, ${formatPercent(overall)} overall conversion`}
          />
          <DataTable<FunnelStepResult & { index: number }>
            caption="Funnel steps"
            rows={funnel.steps.map((s, index) => ({ ...s, index }))}
            rowKey={(row) => `${row.index}`}
            columns={[
              { key: 'step', label: 'Step', mono: true, render: (r) => `${r.index + 1}. ${r.label}` },
              { key: 'count', label: unit[0]?.toUpperCase() + unit.slice(1), numeric: true, render: (r) => formatNumber(r.count) },
              { key: 'conversion', label: 'From start', numeric: true, render: (r) => formatPercent(r.conversion) },
              {
                key: 'step-conversion',
                label: 'From previous',
                numeric: true,
                render: (r) => (r.index === 0 ? '—' : formatPercent(r.stepConversion)),
              },
              { key: 'drop', label: 'Dropped off', numeric: true, render: (r) => (r.index === 0 ? '—' : formatNumber(r.dropOff)) },
            ]}
          />
        </>
      )}
    </Widget>
  );
}
