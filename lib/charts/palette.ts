// Chart colours for light and dark mode, matching app/globals.css. Option builders take a palette
// instead of relying on an ECharts theme, so one pure function draws both modes and tests see
// exactly the colours the browser will.
import type { EChartsOption } from 'echarts';

export type ChartMode = 'light' | 'dark';
export type ChartPalette = {
  mode: ChartMode;
  text: string;
  muted: string;
  grid: string;
  axis: string;
  surface: string;
  tooltip: string;
  border: string;
  accent: string;
  danger: string;
  series: readonly string[];
  /** Heatmap ramp, from "none" to "most". */
  heat: readonly [string, string, string];
};

export const LIGHT: ChartPalette = {
  mode: 'light',
  text: '#161a22',
  muted: '#5c6475',
  grid: '#eceff4',
  axis: '#cdd2de',
  surface: '#ffffff',
  tooltip: '#ffffff',
  border: '#e2e5ee',
  accent: '#4f46e5',
  danger: '#d92d20',
  series: ['#4f46e5', '#0ea5e9', '#10b981', '#f59e0b', '#ec4899', '#8b5cf6', '#14b8a6', '#f97316'],
  heat: ['#f1f0ff', '#a5a0f5', '#3b32c9'],
};

export const DARK: ChartPalette = {
  mode: 'dark',
  text: '#e7eaf0',
  muted: '#98a2b3',
  grid: '#222935',
  axis: '#364050',
  surface: '#151a22',
  tooltip: '#1b212b',
  border: '#2c3441',
  accent: '#8c86ff',
  danger: '#ff8178',
  series: ['#8c86ff', '#38bdf8', '#34d399', '#fbbf24', '#f472b6', '#a78bfa', '#2dd4bf', '#fb923c'],
  heat: ['#1d2030', '#4c47a8', '#b3afff'],
};

export function paletteFor(mode: ChartMode): ChartPalette {
  return mode === 'dark' ? DARK : LIGHT;
}

/** Options every chart shares: transparent background, system font, themed tooltip, a11y labels. */
export function baseOption(palette: ChartPalette, description: string): EChartsOption {
  return {
    backgroundColor: 'transparent',
    color: [...palette.series],
    textStyle: { color: palette.text, fontFamily: 'system-ui, -apple-system, "Segoe UI", Roboto, sans-serif', fontSize: 12 },
    aria: { enabled: true, label: { description } },
    animationDuration: 400,
    tooltip: {
      backgroundColor: palette.tooltip,
      borderColor: palette.border,
      borderWidth: 1,
      textStyle: { color: palette.text, fontSize: 12 },
      extraCssText: 'box-shadow: 0 6px 20px rgba(0,0,0,0.12); border-radius: 8px;',
    },
  };
}

/** A category or value axis drawn in the palette's quiet colours. */
export function axisStyle(palette: ChartPalette) {
  return {
    axisLine: { lineStyle: { color: palette.axis } },
    axisTick: { show: false },
    axisLabel: { color: palette.muted },
    splitLine: { lineStyle: { color: palette.grid } },
  };
}
