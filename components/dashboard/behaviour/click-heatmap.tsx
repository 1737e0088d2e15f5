import type { AuthorizedSite } from '@/lib/access';
import type { Filters } from '@/lib/params/filters';
import { formatNumber } from '@/lib/format';
import { getClickHeatmap } from '@/lib/queries/behaviour';
import { ClickHeatmapChart } from '@/components/charts/click-heatmap-chart';
import { EmptyState } from '../empty-state';
import { HiddenFilters } from '../hidden-filters';
import { Widget } from '../widget';
import styles from '../widgets.module.css';

export async function ClickHeatmapWidget({ site, filters, page }: { site: AuthorizedSite; filters: Filters; page: string | null }) {
  const heatmap = await getClickHeatmap(site, filters.from, filters.to, page);
  const options =
    heatmap.path && !heatmap.pages.some((p) => p.path === heatmap.path)
      ? [{ path: heatmap.path, clicks: 0 }, ...heatmap.pages]
      : heatmap.pages;
  const picker = options.length > 0 && (
    <form method="get" className={styles.inlineForm} aria-label="Heatmap page">
      <HiddenFilters filters={filters} />
      <select name="page" className="select" defaultValue={heatmap.path ?? ''} aria-label="Page" style={{ maxWidth: 260 }}>
        {options.map((p) => (
          <option key={p.path} value={p.path}>
            {p.path} ({formatNumber(p.clicks)})
          </option>
        ))}
      </select>
      <button type="submit" className="button button-secondary button-small">
        Show
      </button>
    </form>
  );
  return (
    <Widget
      id="click-heatmap"
      title="Click heatmap"
      subtitle={
        heatmap.path
          ? `${formatNumber(heatmap.clicks)} clicks on ${heatmap.path}, by position on the page (${heatmap.cell}px squares)`
          : 'Where people click on a page'
      }
      actions={picker}
      wide
    >
      {heatmap.clicks === 0 ? (
        <EmptyState title="No positioned clicks">
          {heatmap.path ? `No clicks with coordinates on ${heatmap.path} in this period.` : 'No clicks in this period.'}
        </EmptyState>
      ) : (
        <ClickHeatmapChart cells={heatmap.cells} cell={heatmap.cell} ariaLabel={`Click heatmap for ${heatmap.path}`} />
      )}
    </Widget>
  );
}
