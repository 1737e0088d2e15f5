'use client';

import { useMemo } from 'react';
import type { FlowGraph } from '@/lib/queries/flows-graph';
import { buildSankeyOption } from '@/lib/charts/sankey';
import { sankeyTable } from '@/lib/charts/data-table';
import { EChart, useChartPalette } from './echart';

/** Each step needs ~190px for its column and labels; narrower screens scroll sideways instead of squashing. */
const STEP_WIDTH = 190;

export function SankeyChart({ graph, ariaLabel }: { graph: Pick<FlowGraph, 'nodes' | 'links' | 'sessions'>; ariaLabel: string }) {
  const palette = useChartPalette();
  const option = useMemo(() => buildSankeyOption(graph, palette), [graph, palette]);
  const table = useMemo(() => sankeyTable(graph), [graph]);
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
