// A labelled grid of shares (0–1): the weekly cohort table and scroll depth per page.
// Cells without a value (weeks that have not happened yet) are left out, so they stay blank.
import type { EChartsOption } from 'echarts';
import { axisStyle, baseOption, type ChartPalette } from './palette';
import { escapeHtml } from './html';
import { EN_CHART_TEXT, type ChartText } from './chart-text';

export type MatrixCell = { x: number; y: number; value: number; detail?: string };

export function buildMatrixHeatmapOption(
  xLabels: readonly string[],
  yLabels: readonly string[],
  cells: readonly MatrixCell[],
  palette: ChartPalette,
  description: string,
  text: ChartText = EN_CHART_TEXT,
): EChartsOption {
  return {
    ...baseOption(palette, description),
    grid: { left: 8, right: 8, top: 28, bottom: 4 },
    tooltip: {
      ...(baseOption(palette, '').tooltip as object),
      trigger: 'item',
      formatter: (p: unknown) => {
        const [x, y, value, detail] = (p as { value: [number, number, number, string?] }).value;
        return `${escapeHtml(yLabels[y] ?? '')} · ${escapeHtml(xLabels[x] ?? '')}<br/><b>${text.format.percent(value)}</b>${detail ? ` (${escapeHtml(detail)})` : ''}`;
      },
    },
    xAxis: {
      type: 'category',
      position: 'top',
      data: [...xLabels],
      ...axisStyle(palette),
      axisLine: { show: false },
      splitArea: { show: false },
    },
    yAxis: {
      type: 'category',
      inverse: true,
      data: [...yLabels],
      ...axisStyle(palette),
      axisLine: { show: false },
      axisLabel: { color: palette.text, width: 200, overflow: 'truncate' },
    },
    // dimension 2: the value (the 4th, a detail string, is only for the tooltip).
    visualMap: { show: false, min: 0, max: 1, dimension: 2, inRange: { color: [...palette.heat] } },
    series: [
      {
        type: 'heatmap',
        progressive: 0,
        // Each cell picks a label colour that reads on its own background (the ramp runs light→dark
        // in light mode and dark→light in dark mode).
        data: cells.map((c) => ({ value: [c.x, c.y, c.value, c.detail ?? ''], label: { color: labelColour(c.value, palette) } })),
        label: {
          show: true,
          fontSize: 11,
          formatter: (p: unknown) => text.format.percent((p as { value: [number, number, number] }).value[2], 0),
        },
        itemStyle: { borderColor: palette.surface, borderWidth: 2, borderRadius: 4 },
        emphasis: { itemStyle: { borderColor: palette.text, borderWidth: 1 } },
      },
    ],
  };
}

function labelColour(value: number, palette: ChartPalette): string {
  const strong = palette.mode === 'dark' ? value > 0.6 : value > 0.5;
  if (palette.mode === 'dark') return strong ? '#11131c' : '#e7eaf0';
  return strong ? '#ffffff' : '#161a22';
}
