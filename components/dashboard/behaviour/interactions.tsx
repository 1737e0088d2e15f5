import type { AuthorizedSite } from '@/lib/access';
import type { Filters } from '@/lib/params/filters';
import { formatNumber, formatPercent } from '@/lib/format';
import { getMouseActivity, getNamedEvents, getVideos, type VideoRow } from '@/lib/queries/behaviour';
import { RankingChart } from '@/components/charts/ranking-chart';
import { BarList } from '../bar-list';
import { DataTable } from '../data-table';
import { EmptyState } from '../empty-state';
import { Widget } from '../widget';
import styles from '../widgets.module.css';

export async function FormsWidget({ site, filters }: { site: AuthorizedSite; filters: Filters }) {
  const rows = await getNamedEvents(site, filters.from, filters.to, ['form_submit'], 10);
  return (
    <Widget id="forms" title="Form submissions" subtitle="By form id or name (field values are never collected)">
      {rows.length === 0 ? (
        <EmptyState title="No forms submitted in this period" />
      ) : (
        <BarList
          labelHeading="Form"
          valueHeading="Submissions"
          items={rows.map((r) => ({
            key: r.name,
            label: <span className={styles.mono}>{r.name}</span>,
            value: r.count,
            title: `${r.sessions} sessions · ${r.path ?? ''}`,
          }))}
        />
      )}
    </Widget>
  );
}

export async function OutboundWidget({ site, filters }: { site: AuthorizedSite; filters: Filters }) {
  const rows = await getNamedEvents(site, filters.from, filters.to, ['download', 'outbound'], 10);
  return (
    <Widget id="outbound" title="Downloads and outbound links" subtitle="Files downloaded and external sites visitors left for">
      {rows.length === 0 ? (
        <EmptyState title="No downloads or outbound clicks in this period" />
      ) : (
        <BarList
          labelHeading="File or site"
          valueHeading="Clicks"
          items={rows.map((r) => ({
            key: `${r.type}:${r.name}`,
            label: (
              <>
                <span className={styles.pill} style={{ marginRight: 8 }}>
                  {r.type === 'download' ? 'download' : 'outbound'}
                </span>
                {r.name}
              </>
            ),
            value: r.count,
          }))}
        />
      )}
    </Widget>
  );
}

export async function VideosWidget({ site, filters }: { site: AuthorizedSite; filters: Filters }) {
  const rows = await getVideos(site, filters.from, filters.to, 10);
  return (
    <Widget id="videos" title="Video" subtitle="Plays and completions per video" wide>
      {rows.length === 0 ? (
        <EmptyState title="No video plays in this period" />
      ) : (
        <DataTable<VideoRow>
          caption="Video plays and completions"
          rows={rows}
          rowKey={(r) => r.src}
          columns={[
            { key: 'src', label: 'Video', mono: true, render: (r) => r.src },
            { key: 'plays', label: 'Plays', numeric: true, render: (r) => formatNumber(r.plays) },
            { key: 'completes', label: 'Completed', numeric: true, render: (r) => formatNumber(r.completes) },
            { key: 'rate', label: 'Rate', numeric: true, render: (r) => formatPercent(r.completionRate) },
          ]}
        />
      )}
    </Widget>
  );
}

export async function MouseActivityWidget({ site, filters }: { site: AuthorizedSite; filters: Filters }) {
  const rows = await getMouseActivity(site, filters.from, filters.to, 10);
  const scored = rows.filter((r) => r.avgIntensity !== null);
  return (
    <Widget id="mouse" title="Mouse activity" subtitle="Mean sampled pointer intensity per page (0–100 %), pages with the most samples">
      {scored.length === 0 ? (
        <EmptyState title="No mouse activity sampled in this period">Sites can turn mouse sampling on in their settings.</EmptyState>
      ) : (
        <RankingChart
          items={scored.map((r) => ({ label: r.path, value: r.avgIntensity ?? 0 }))}
          name="Intensity"
          format="percent"
          ariaLabel="Mean mouse-activity intensity per page"
        />
      )}
    </Widget>
  );
}
