'use client';

// The one ECharts wrapper: creates the chart on mount, applies each new option in full, follows
// its container's size, and disposes of it on unmount. Colours come from option builders in
// lib/charts that take a palette; useChartPalette() gives the one for the current theme (the
// <html data-theme> pin, else the system preference) and re-renders when it changes.
// Every chart is a figure named by its caption, with its data as a table beneath (ChartData):
// the text alternative for keyboard and screen-reader users.
import { useEffect, useRef, useSyncExternalStore, type CSSProperties } from 'react';
import * as echarts from 'echarts/core';
import { BarChart, HeatmapChart, LineChart, PieChart, SankeyChart, ScatterChart } from 'echarts/charts';
import {
  AriaComponent,
  DatasetComponent,
  GridComponent,
  LegendComponent,
  MarkLineComponent,
  TitleComponent,
  TooltipComponent,
  VisualMapComponent,
} from 'echarts/components';
import { LabelLayout, LegacyGridContainLabel } from 'echarts/features';
import { CanvasRenderer } from 'echarts/renderers';
import type { EChartsOption } from 'echarts';
import { paletteFor, type ChartMode, type ChartPalette } from '@/lib/charts/palette';
import type { ChartTable } from '@/lib/charts/data-table';
import { ChartData } from './chart-data';
import styles from './echart.module.css';

echarts.use([
  BarChart,
  HeatmapChart,
  LineChart,
  PieChart,
  SankeyChart,
  ScatterChart,
  AriaComponent,
  DatasetComponent,
  GridComponent,
  LegendComponent,
  MarkLineComponent,
  TitleComponent,
  TooltipComponent,
  VisualMapComponent,
  // LegacyGridContainLabel keeps `grid.containLabel` working in ECharts 6.
  LabelLayout,
  LegacyGridContainLabel,
  CanvasRenderer,
]);

const DARK_QUERY = '(prefers-color-scheme: dark)';

function subscribe(onChange: () => void): () => void {
  const media = window.matchMedia(DARK_QUERY);
  media.addEventListener('change', onChange);
  // The theme toggle sets <html data-theme>; watch it so charts switch with the page.
  const observer = new MutationObserver(onChange);
  observer.observe(document.documentElement, { attributes: true, attributeFilter: ['data-theme'] });
  return () => {
    media.removeEventListener('change', onChange);
    observer.disconnect();
  };
}

function currentMode(): ChartMode {
  const pinned = document.documentElement.dataset.theme;
  if (pinned === 'dark' || pinned === 'light') return pinned;
  return window.matchMedia(DARK_QUERY).matches ? 'dark' : 'light';
}

export function useChartMode(): ChartMode {
  return useSyncExternalStore(subscribe, currentMode, () => 'light');
}

export function useChartPalette(): ChartPalette {
  return paletteFor(useChartMode());
}

export type EChartProps = {
  option: EChartsOption;
  /** What the chart shows: the figure's caption (ECharts' aria describes the drawing itself). */
  ariaLabel: string;
  /** The chart's data, from the same inputs as the option (lib/charts/data-table.ts). */
  table: ChartTable;
  height?: number | string;
  className?: string;
  style?: CSSProperties;
  /** Called with the clicked item's name (e.g. a bar's category or a Sankey node). */
  onItemClick?: (name: string) => void;
};

export function EChart({ option, ariaLabel, table, height = 280, className, style, onItemClick }: EChartProps) {
  const container = useRef<HTMLDivElement>(null);
  const chart = useRef<echarts.ECharts | null>(null);
  const clickHandler = useRef(onItemClick);

  useEffect(() => {
    clickHandler.current = onItemClick;
  }, [onItemClick]);

  useEffect(() => {
    const element = container.current;
    if (!element) return;
    const instance = echarts.init(element, undefined, { renderer: 'canvas' });
    chart.current = instance;
    instance.on('click', (params) => {
      if (typeof params.name === 'string') clickHandler.current?.(params.name);
    });
    let frame = 0;
    const observer = new ResizeObserver(() => {
      cancelAnimationFrame(frame);
      frame = requestAnimationFrame(() => instance.resize());
    });
    observer.observe(element);
    return () => {
      cancelAnimationFrame(frame);
      observer.disconnect();
      // ECharts 6 paints heatmaps on incremental layers, over several frames; a frame still queued
      // after dispose() would throw. Clearing and repainting at once supersedes the queued frames.
      instance.clear();
      instance.getZr().refreshImmediately();
      instance.dispose();
      chart.current = null;
    };
  }, []);

  useEffect(() => {
    // notMerge: each option is complete, so series removed between renders really go away.
    chart.current?.setOption(option, { notMerge: true });
  }, [option]);

  return (
    <figure className={styles.figure}>
      <figcaption className="sr-only">{ariaLabel}</figcaption>
      <div
        ref={container}
        role="img"
        aria-label={ariaLabel}
        className={className}
        data-echart=""
        // ECharts writes its aria description (built from the row labels) into this element's aria-label.
        translate={table.rowLabelsAreData ? 'no' : undefined}
        style={{ width: '100%', height, cursor: onItemClick ? 'pointer' : undefined, ...style }}
      />
      <ChartData table={table} caption={ariaLabel} />
    </figure>
  );
}
