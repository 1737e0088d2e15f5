// Number, duration, size, date and time-bucket formatting shared by tables, KPI cards, chart
// tooltips and the learning pages.
// Pure and locale-fixed (en-US digits, UTC times) so server and browser render the same text.

const whole = new Intl.NumberFormat('en-US');
const compact = new Intl.NumberFormat('en-US', { notation: 'compact', maximumFractionDigits: 1 });
const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** 1,234 below 100,000; 123.4K above (the exact figure belongs in a title attribute). */
export function formatNumber(value: number): string {
  return Math.abs(value) >= 100_000 ? compact.format(value) : whole.format(Math.round(value));
}

export function formatExact(value: number): string {
  return whole.format(value);
}

/** 0.4286 → "42.9%"; whole percentages drop the decimal ("40%"). */
export function formatPercent(ratio: number, digits = 1): string {
  const percent = ratio * 100;
  const rounded = Number(percent.toFixed(digits));
  return `${Number.isInteger(rounded) ? rounded.toFixed(0) : rounded.toFixed(digits)}%`;
}

/**
 * The one duration format: 166429 → "2m 46s"; 45000 → "45s"; 3_900_000 → "1h 5m"; 7_200_000 →
 * "2h"; under a second → "0s". Zero trailing parts are left out.
 */
export function formatDuration(ms: number): string {
  const seconds = Math.round(ms / 1000);
  if (seconds < 60) return `${seconds}s`;
  const minutes = Math.floor(seconds / 60);
  const parts =
    minutes < 60
      ? [`${minutes}m`, seconds % 60 ? `${seconds % 60}s` : '']
      : [`${Math.floor(minutes / 60)}h`, minutes % 60 ? `${minutes % 60}m` : ''];
  return parts.filter(Boolean).join(' ');
}

/** 512 → "512 B", 1536 → "1.5 KB", 3_500_000 → "3.3 MB". */
export function formatBytes(bytes: number): string {
  if (bytes < 1024) return `${bytes} B`;
  const units = ['KB', 'MB', 'GB'];
  let value = bytes / 1024;
  let unit = 0;
  while (value >= 1024 && unit < units.length - 1) {
    value /= 1024;
    unit += 1;
  }
  return `${value.toFixed(value < 10 ? 1 : 0)} ${units[unit]}`;
}

const day = new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'short', year: 'numeric', timeZone: 'UTC' });
const dayTime = new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'short', hour: '2-digit', minute: '2-digit', timeZone: 'UTC' });

/** "3 Mar 2026" (UTC, day first, so server and browser render the same text). */
export const formatDay = (iso: string) => day.format(new Date(iso));

/** "3 Mar, 10:04 UTC". */
export const formatDayTime = (iso: string) => `${dayTime.format(new Date(iso))} UTC`;

/** Milliseconds for load times: "260 ms", "1.3 s". */
export function formatMs(ms: number): string {
  return ms < 1000 ? `${Math.round(ms)} ms` : `${(ms / 1000).toFixed(1)} s`;
}

/** Bucket keys from the queries: `YYYY-MM-DD` → "Mar 3", `YYYY-MM-DDTHH` → "10:00", minute keys → "10:04". */
export function formatBucket(key: string): string {
  if (key.length === 10) return `${MONTHS[Number(key.slice(5, 7)) - 1]} ${Number(key.slice(8, 10))}`;
  if (key.length === 13) return `${key.slice(11, 13)}:00`;
  return key.slice(11, 16);
}

/** A longer label for tooltips: "Tue, Mar 3" or "Mar 3, 10:00". */
export function formatBucketLong(key: string): string {
  const day = formatBucket(key.slice(0, 10));
  if (key.length === 10) {
    const weekday = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'][new Date(`${key}T00:00:00Z`).getUTCDay()];
    return `${weekday}, ${day}`;
  }
  return `${day}, ${formatBucket(key)}`;
}

export type Change = { ratio: number | null; direction: 'up' | 'down' | 'flat' };

/** Relative change from `previous`; null ratio when there is nothing to compare with. */
export function change(current: number, previous: number): Change {
  if (previous === 0) return { ratio: null, direction: current === 0 ? 'flat' : 'up' };
  const ratio = (current - previous) / previous;
  return { ratio, direction: Math.abs(ratio) < 0.0005 ? 'flat' : ratio > 0 ? 'up' : 'down' };
}

/** Formats by name, so server components can choose one for a client chart (functions cannot cross). */
export const FORMATS = {
  number: formatNumber,
  percent: (ratio: number) => formatPercent(ratio),
  duration: formatDuration,
  ms: formatMs,
} as const;
export type FormatKey = keyof typeof FORMATS;
