'use client';

import { useMemo } from 'react';
import type { FlowGraph } from '@/lib/queries/flows-graph';
import { buildSankeyOption } from '@/lib/charts/sankey';
import { sankeyTable } from '@/lib/charts/data-table';
import { EChart, useChartPalette } from './echart';
import { useChartText } from './use-chart-text';

/** Each step needs ~190px for its column and labels; narrower screens scroll sideways instead of squashing. */
const STEP_WIDTH = 190;

export function SankeyChart({ graph: raw, ariaLabel }: { graph: Pick<FlowGraph, 'nodes' | 'links' | 'sessions'>; ariaLabel: string }) {
  const palette = useChartPalette();
  const text = useChartText();
  // The grouped and drop-off nodes are ours to name; page nodes are paths.
  const graph = useMemo(
    () => ({
      ...raw,
      nodes: raw.nodes.map((n) => (n.kind === 'page' ? n : { ...n, label: text.t(n.kind === 'other' ? 'otherPages' : 'dropOff') })),
    }),
    [raw, text],
  );
  const option = useMemo(() => buildSankeyOption(graph, palette, text), [graph, palette, text]);
  const table = useMemo(() => sankeyTable(graph, text), [graph, text]);
  const perStep = graph.nodes.reduce<Record<number, number>>((acc, n) => ({ ...acc, [n.step]: (acc[n.step] ?? 0) + 1 }), {});
  const steps = Math.max(1, ...Object.keys(perStep).map(Number));
  // Taller when a step has many nodes, so labels keep apart.
  const height = Math.max(360, Math.max(1, ...Object.values(perStep)) * 46);
  return (
    // On a phone the diagram scrolls sideways: a named region in the tab order, so it scrolls from the keyboard.
    <div style={{ overflowX: 'auto' }} role="region" aria-label={ariaLabel} tabIndex={0}>
      <EChart option={option} ariaLabel={ariaLabel} table={table} height={height} style={{ minWidth: steps * STEP_WIDTH }} />
    </div>
  );
}
