// Date-range presets, client-safe (the picker imports these without pulling zod into the browser).

export const RANGE_PRESETS = ['24h', '7d', '30d', '90d'] as const;
export type RangePreset = (typeof RANGE_PRESETS)[number];
export type Range = RangePreset | 'custom';
export const DEFAULT_RANGE: RangePreset = '7d';

export const RANGE_TITLES: Record<RangePreset, string> = {
  '24h': 'Last 24 hours',
  '7d': 'Last 7 days',
  '30d': 'Last 30 days',
  '90d': 'Last 90 days',
};
