// Locale-aware numbers, percentages, durations, dates and time buckets, all through Intl (no
// number + unit concatenation). Client-safe and pure: server components and client charts build
// the same formatter from (locale, site time zone), so both render the same text.
// English output matches lib/format.ts (the English-only helpers the e2e specs were written against).
import type { Locale } from './config';

/** Intl locales per Pathwise locale: English numbers as en-US, English dates day-first (en-GB), as before. */
const NUMBER_LOCALE: Record<Locale, string> = { en: 'en-US', 'zh-CN': 'zh-CN' };
const DATE_LOCALE: Record<Locale, string> = { en: 'en-GB', 'zh-CN': 'zh-CN' };
const BUCKET_LOCALE: Record<Locale, string> = { en: 'en-US', 'zh-CN': 'zh-CN' };

export type Formatter = ReturnType<typeof createFormatter>;

/** Bucket keys from the queries are already site-local wall-clock times: read them as UTC and format in UTC. */
function bucketDate(key: string): Date {
  const [date = '', time = ''] = key.split('T');
  const [hour = '00', minute = '00'] = time.split(':');
  return new Date(`${date}T${hour.padStart(2, '0')}:${minute.padStart(2, '0')}:00Z`);
}

export function createFormatter(locale: Locale, timeZone = 'UTC') {
  const n = NUMBER_LOCALE[locale];
  const whole = new Intl.NumberFormat(n, { maximumFractionDigits: 0 });
  const exact = new Intl.NumberFormat(n);
  const compact = new Intl.NumberFormat(n, { notation: 'compact', maximumFractionDigits: 1 });
  const unit = (name: string, display: 'narrow' | 'short', digits = 0) =>
    new Intl.NumberFormat(n, { style: 'unit', unit: name, unitDisplay: display, maximumFractionDigits: digits });
  const [hours, minutes, seconds] = ['hour', 'minute', 'second'].map((name) => unit(name, 'narrow'));
  const millis = unit('millisecond', 'short');
  const secondsFine = unit('second', 'narrow', 1);
  const units = new Intl.ListFormat(n, { type: 'unit', style: 'narrow' });
  const d = DATE_LOCALE[locale];
  const day = new Intl.DateTimeFormat(d, { day: 'numeric', month: 'short', year: 'numeric', timeZone });
  const dayTime = new Intl.DateTimeFormat(d, {
    day: 'numeric',
    month: 'short',
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
    timeZone,
    timeZoneName: 'short',
  });
  const b = BUCKET_LOCALE[locale];
  const bucketDay = new Intl.DateTimeFormat(b, { month: 'short', day: 'numeric', timeZone: 'UTC' });
  const bucketTime = new Intl.DateTimeFormat(b, { hour: '2-digit', minute: '2-digit', hourCycle: 'h23', timeZone: 'UTC' });
  const bucketWeekday = new Intl.DateTimeFormat(b, { weekday: 'short', month: 'short', day: 'numeric', timeZone: 'UTC' });
  const bucketDayTime = new Intl.DateTimeFormat(b, {
    month: 'short',
    day: 'numeric',
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
    timeZone: 'UTC',
  });
  const clock = new Intl.DateTimeFormat(d, { hour: '2-digit', minute: '2-digit', second: '2-digit', hourCycle: 'h23', timeZone });
  const percents = new Map<number, Intl.NumberFormat>();

  return {
    locale,
    timeZone,
    /** 1,234 below 100,000; compact above (123.4K, 12.3万) — the exact figure belongs in a title. */
    number: (value: number) => (Math.abs(value) >= 100_000 ? compact.format(value) : whole.format(Math.round(value))),
    exact: (value: number) => exact.format(value),
    /** 0.4286 → "42.9%"; whole percentages drop the decimal ("40%"). */
    percent(ratio: number, digits = 1) {
      let format = percents.get(digits);
      if (!format) {
        format = new Intl.NumberFormat(n, { style: 'percent', minimumFractionDigits: 0, maximumFractionDigits: digits });
        percents.set(digits, format);
      }
      return format.format(ratio);
    },
    /** 166429 → "2m 46s" / "2分钟46秒"; the two largest parts, zero trailing parts left out. */
    duration(ms: number) {
      const total = Math.round(ms / 1000);
      if (total < 60) return seconds!.format(total);
      const mins = Math.floor(total / 60);
      const parts =
        mins < 60
          ? [minutes!.format(mins), total % 60 ? seconds!.format(total % 60) : null]
          : [hours!.format(Math.floor(mins / 60)), mins % 60 ? minutes!.format(mins % 60) : null];
      return units.format(parts.filter((part): part is string => part !== null));
    },
    /** Load times: "260 ms", "1.3s" / "260毫秒", "1.3秒". */
    ms: (value: number) => (value < 1000 ? millis.format(Math.round(value)) : secondsFine.format(value / 1000)),
    /** An instant as a day in the site's zone: "3 Mar 2026" / "2026年3月3日". */
    day: (iso: string | Date) => day.format(new Date(iso)),
    /** An instant with its time in the site's zone: "3 Mar, 10:04 UTC". */
    dayTime: (iso: string | Date) => dayTime.format(new Date(iso)),
    /** An instant's wall-clock time with seconds in the zone: "10:04:05". */
    clock: (iso: string | Date) => clock.format(new Date(iso)),
    /** Bucket keys: `YYYY-MM-DD` → "Mar 3" / "3月3日", `YYYY-MM-DDTHH` → "10:00", minute keys → "10:04". */
    bucket: (key: string) => (key.length === 10 ? bucketDay : bucketTime).format(bucketDate(key)),
    /** A longer bucket label for tooltips: "Tue, Mar 3" or "Mar 3, 10:00". */
    bucketLong: (key: string) => (key.length === 10 ? bucketWeekday : bucketDayTime).format(bucketDate(key)),
  };
}

/** Formats by name, so server components can choose one for a client chart (functions cannot cross). */
export const FORMAT_KEYS = ['number', 'percent', 'duration', 'ms'] as const;
export type FormatKey = (typeof FORMAT_KEYS)[number];

export function formatByKey(formatter: Formatter, key: FormatKey): (value: number) => string {
  return key === 'percent' ? (value) => formatter.percent(value) : formatter[key];
}
