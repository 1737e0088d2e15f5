import type { AuthorizedSite } from '@/lib/access';
import type { Filters } from '@/lib/params/filters';
import { formatNumber } from '@/lib/format';
import { getScrollDepth, SCROLL_DEPTHS } from '@/lib/queries/behaviour';
import { MatrixHeatmapChart } from '@/components/charts/matrix-heatmap-chart';
import { EmptyState } from '../empty-state';
import { Widget } from '../widget';

export async function ScrollDepthWidget({ site, filters }: { site: AuthorizedSite; filters: Filters }) {
  const rows = await getScrollDepth(site, filters.from, filters.to, 10);
  return (
    <Widget id="scroll-depth" title="Scroll depth" subtitle="Share of each page's views that scrolled to 25, 50, 75 and 100 %" wide>
      {rows.length === 0 ? (
        <EmptyState title="No pageviews in this period" />
      ) : (
        <MatrixHeatmapChart
          xLabels={SCROLL_DEPTHS.map((d) => `${d}%`)}
          yLabels={rows.map((r) => `${r.path} · ${formatNumber(r.views)}`)}
          cells={rows.flatMap((r, y) =>
            r.reached.map((cell, x) => ({ x, y, value: cell.share, detail: `of ${formatNumber(r.views)} views` })),
          )}
          description={`Scroll depth for the ${rows.length} most viewed pages.`}
          ariaLabel="Scroll depth per page"
          corner="Page · views"
        />
      )}
    </Widget>
  );
}
