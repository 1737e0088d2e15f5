import type { AuthorizedSite } from '@/lib/access';
import type { Filters } from '@/lib/params/filters';
import { formatNumber, formatPercent } from '@/lib/format';
import { getFlows, type FlowOptions } from '@/lib/queries/flows';
import { SankeyChart } from '@/components/charts/sankey-chart';
import { DataTable } from '../data-table';
import { EmptyState } from '../empty-state';
import { Widget } from '../widget';
import { FlowOptionsForm } from './flow-options';

type TopPath = { pages: string[]; sessions: number };

export async function FlowsWidget({ site, filters, options }: { site: AuthorizedSite; filters: Filters; options: FlowOptions }) {
  const graph = await getFlows(site, filters.from, filters.to, options);
  const dropped = graph.nodes.filter((n) => n.kind === 'drop-off').reduce((sum, n) => sum + n.sessions, 0);
  return (
    <>
      <Widget
        id="flows"
        title="User flows"
        subtitle={`${formatNumber(graph.sessions)} sessions${options.entry ? ` entering on ${options.entry}` : ''} · first ${options.steps} pages, top ${options.top} per step (the rest grouped as “Other pages”) · red = left the site before the next step`}
        wide
      >
        <FlowOptionsForm filters={filters} options={options} entries={graph.entries} />
        {graph.sessions === 0 ? (
          <EmptyState title="No sessions to draw">
            {options.entry ? `No session started on ${options.entry} in this period.` : 'No pageviews in this period.'}
          </EmptyState>
        ) : (
          <SankeyChart graph={graph} ariaLabel={`User flow Sankey: ${graph.sessions} sessions, ${dropped} drop-offs`} />
        )}
      </Widget>
      {graph.topPaths.length > 0 && (
        <Widget id="top-paths" title="Top paths" subtitle="The most common page sequences (reloads folded), up to the step limit" wide>
          <DataTable<TopPath>
            caption="Top paths"
            rows={graph.topPaths}
            rowKey={(row) => row.pages.join('>')}
            columns={[
              { key: 'path', label: 'Path', mono: true, render: (r) => r.pages.join('  →  ') },
              { key: 'sessions', label: 'Sessions', numeric: true, render: (r) => formatNumber(r.sessions) },
              { key: 'share', label: 'Share', numeric: true, render: (r) => formatPercent(r.sessions / graph.sessions) },
            ]}
          />
        </Widget>
      )}
    </>
  );
}
