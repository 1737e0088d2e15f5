// The user-flow Sankey. Each node sits in the column of its step (depth = step − 1), drop-off
// nodes are drawn in the danger colour and "Other pages" in a quiet grey.
import type { EChartsOption } from 'echarts';
import type { FlowGraph } from '@/lib/queries/flows-graph';
import { baseOption, type ChartPalette } from './palette';
import { escapeHtml } from './html';
import { EN_CHART_TEXT, type ChartText } from './chart-text';

export function buildSankeyOption(
  graph: Pick<FlowGraph, 'nodes' | 'links' | 'sessions'>,
  palette: ChartPalette,
  text: ChartText = EN_CHART_TEXT,
): EChartsOption {
  const pageColour = new Map<string, string>();
  const colourFor = (label: string) => {
    if (!pageColour.has(label)) pageColour.set(label, palette.series[pageColour.size % palette.series.length] as string);
    return pageColour.get(label) as string;
  };
  const nodes = graph.nodes.map((node) => ({
    name: node.name,
    depth: node.step - 1,
    value: node.sessions,
    itemStyle: {
      color: node.kind === 'drop-off' ? palette.danger : node.kind === 'other' ? palette.axis : colourFor(node.label),
      borderWidth: 0,
    },
    label: { formatter: `${node.label}  ${text.format.number(node.sessions)}` },
  }));
  return {
    ...baseOption(palette, text.t('describe.sankey', { count: text.format.number(graph.sessions) })),
    tooltip: {
      ...(baseOption(palette, '').tooltip as object),
      trigger: 'item',
      formatter: (p: unknown) => {
        const { dataType, data } = p as { dataType: string; data: { name?: string; source?: string; target?: string; value: number } };
        const share = text.format.percent(graph.sessions ? data.value / graph.sessions : 0);
        if (dataType === 'edge')
          return `${escapeHtml(data.source ?? '')} → ${escapeHtml(data.target ?? '')}<br/><b>${text.format.number(data.value)}</b> ${escapeHtml(text.t('sessionsUnit'))} (${share})`;
        return `${escapeHtml(data.name ?? '')}<br/><b>${text.format.number(data.value)}</b> ${escapeHtml(text.t('sessionsUnit'))} (${share})`;
      },
    },
    series: [
      {
        type: 'sankey',
        left: 8,
        right: 150,
        top: 12,
        bottom: 12,
        nodeWidth: 12,
        nodeGap: 10,
        nodeAlign: 'left',
        layoutIterations: 32,
        draggable: false,
        emphasis: { focus: 'adjacency' },
        label: { color: palette.text, fontSize: 11, overflow: 'truncate', width: 140 },
        lineStyle: { color: 'gradient', opacity: palette.mode === 'dark' ? 0.35 : 0.25, curveness: 0.5 },
        data: nodes,
        links: graph.links.map((link) => ({ ...link })),
      },
    ],
  };
}
