import type { ReactNode } from 'react';
import { getTranslations } from 'next-intl/server';
import type { AuthorizedSite } from '@/lib/access';
import type { Filters } from '@/lib/params/filters';
import { getFormat } from '@/lib/i18n/server';
import { getFlows, type FlowOptions } from '@/lib/queries/flows';
import { SankeyChart } from '@/components/charts/sankey-chart';
import { DataTable } from '../data-table';
import { Data } from '../dashboard-heading';
import { EmptyState } from '../empty-state';
import { Widget } from '../widget';
import { FlowOptionsForm } from './flow-options';

type TopPath = { pages: string[]; sessions: number };

export async function FlowsWidget({ site, filters, options }: { site: AuthorizedSite; filters: Filters; options: FlowOptions }) {
  const [graph, t, d, f] = await Promise.all([
    getFlows(site, filters.from, filters.to, options),
    getTranslations('flows'),
    getTranslations('dashboard'),
    getFormat(site.timeZone),
  ]);
  const dropped = graph.nodes.filter((n) => n.kind === 'drop-off').reduce((sum, n) => sum + n.sessions, 0);
  const data = (chunks: ReactNode) => <Data>{chunks}</Data>;
  return (
    <>
      <Widget
        id="flows"
        title={t('widgetTitle')}
        subtitle={t.rich('subtitle', {
          sessions: f.number(graph.sessions),
          entry: options.entry ?? '',
          hasEntry: options.entry ? 'yes' : 'no',
          steps: options.steps,
          top: options.top,
          data,
        })}
        wide
      >
        <FlowOptionsForm filters={filters} options={options} entries={graph.entries} />
        {graph.sessions === 0 ? (
          <EmptyState title={t('emptyTitle')}>
            {options.entry ? t.rich('emptyEntry', { entry: options.entry, data }) : t('emptyAll')}
          </EmptyState>
        ) : (
          <SankeyChart graph={graph} ariaLabel={t('aria', { sessions: graph.sessions, dropped })} />
        )}
      </Widget>
      {graph.topPaths.length > 0 && (
        <Widget id="top-paths" title={t('topPaths')} subtitle={t('topPathsSubtitle')} wide>
          <DataTable<TopPath>
            caption={t('topPaths')}
            rows={graph.topPaths}
            rowKey={(row) => row.pages.join('>')}
            columns={[
              { key: 'path', label: d('columns.path'), mono: true, render: (r) => r.pages.join('  →  ') },
              { key: 'sessions', label: d('columns.sessions'), numeric: true, render: (r) => f.number(r.sessions) },
              { key: 'share', label: d('columns.share'), numeric: true, render: (r) => f.percent(r.sessions / graph.sessions) },
            ]}
          />
        </Widget>
      )}
    </>
  );
}
