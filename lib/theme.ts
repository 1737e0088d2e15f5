// The colour theme choice, kept in a cookie so the server renders the right one (no flash).
// Client-safe: the toggle imports it too.

export const THEME_COOKIE = 'pathwise-theme';
export const THEMES = ['system', 'light', 'dark'] as const;
export type Theme = (typeof THEMES)[number];

export function parseTheme(value: string | undefined | null): Theme {
  return value === 'light' || value === 'dark' ? value : 'system';
}
