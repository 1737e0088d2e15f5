import { getTranslations } from 'next-intl/server';
import type { AuthorizedSite } from '@/lib/access';
import type { Filters } from '@/lib/params/filters';
import { getFormat } from '@/lib/i18n/server';
import { getScrollDepth, SCROLL_DEPTHS } from '@/lib/queries/behaviour';
import { MatrixHeatmapChart } from '@/components/charts/matrix-heatmap-chart';
import { EmptyState } from '../empty-state';
import { Widget } from '../widget';

export async function ScrollDepthWidget({ site, filters }: { site: AuthorizedSite; filters: Filters }) {
  const [rows, t, d, f] = await Promise.all([
    getScrollDepth(site, filters.from, filters.to, 10),
    getTranslations('behaviour.scroll'),
    getTranslations('dashboard'),
    getFormat(site.timeZone),
  ]);
  return (
    <Widget id="scroll-depth" title={t('title')} subtitle={t('subtitle')} wide>
      {rows.length === 0 ? (
        <EmptyState title={d('empty.noPageviews')} />
      ) : (
        <MatrixHeatmapChart
          xLabels={SCROLL_DEPTHS.map((depth) => f.percent(depth / 100))}
          yLabels={rows.map((r) => `${r.path} · ${f.number(r.views)}`)}
          cells={rows.flatMap((r, y) =>
            r.reached.map((cell, x) => ({ x, y, value: cell.share, detail: t('detail', { views: f.number(r.views) }) })),
          )}
          description={t('description', { count: rows.length })}
          ariaLabel={t('aria')}
          corner={t('corner')}
        />
      )}
    </Widget>
  );
}
