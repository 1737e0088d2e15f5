// Click density over a page's x/y space, in the square cells the query binned clicks into.
// y grows downwards, as on the page.
import type { EChartsOption } from 'echarts';
import { baseOption, type ChartPalette } from './palette';
import { EN_CHART_TEXT, type ChartText } from './chart-text';
import { escapeHtml } from './html';

export type ClickCell = { x: number; y: number; clicks: number };

export function buildClickHeatmapOption(
  cells: readonly ClickCell[],
  cell: number,
  palette: ChartPalette,
  text: ChartText = EN_CHART_TEXT,
): EChartsOption {
  // Show at least a 1280 × 800 page so a few clicks are not stretched over the whole chart.
  const columns = Math.max(Math.ceil(1280 / cell), ...cells.map((c) => c.x + 1));
  const rows = Math.max(Math.ceil(800 / cell), ...cells.map((c) => c.y + 1));
  const max = Math.max(1, ...cells.map((c) => c.clicks));
  const pixels = (n: number) => Array.from({ length: n }, (_, i) => `${i * cell}`);
  const quiet = {
    axisLine: { lineStyle: { color: palette.axis } },
    axisTick: { show: false },
    axisLabel: { color: palette.muted, interval: Math.ceil(200 / cell) - 1, hideOverlap: true },
    splitArea: { show: false },
  };
  return {
    ...baseOption(palette, text.t('describe.clickHeatmap', { count: text.format.number(cells.reduce((s, c) => s + c.clicks, 0)), cell })),
    grid: { left: 8, right: 8, top: 8, bottom: 40 },
    tooltip: {
      ...(baseOption(palette, '').tooltip as object),
      trigger: 'item',
      formatter: (p: unknown) => {
        const [x, y, clicks] = (p as { data: [number, number, number] }).data;
        const range = (i: number) => text.t('pixelRange', { from: i * cell, to: (i + 1) * cell });
        return `${escapeHtml(text.t('areaCell', { x: range(x), y: range(y) }))}<br/><b>${text.format.number(clicks)}</b> ${escapeHtml(text.t('clicksUnit'))}`;
      },
    },
    xAxis: {
      type: 'category',
      data: pixels(columns),
      name: 'x (px)',
      nameLocation: 'middle',
      nameGap: 24,
      nameTextStyle: { color: palette.muted },
      ...quiet,
    },
    yAxis: { type: 'category', data: pixels(rows), inverse: true, name: 'y (px)', nameTextStyle: { color: palette.muted }, ...quiet },
    visualMap: { show: false, min: 0, max, dimension: 2, inRange: { color: [palette.heat[0], palette.heat[1], palette.danger] } },
    series: [
      {
        type: 'heatmap',
        data: cells.map((c) => [c.x, c.y, c.clicks]),
        itemStyle: { borderRadius: 3 },
        // No progressive (incremental) painting: a chart disposed mid-paint would throw from zrender's next frame.
        progressive: 0,
      },
    ],
  };
}
