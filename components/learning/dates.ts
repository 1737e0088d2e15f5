// Dates on learning pages: UTC, day first, so server and browser render the same text.
const day = new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'short', year: 'numeric', timeZone: 'UTC' });
const dayTime = new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'short', hour: '2-digit', minute: '2-digit', timeZone: 'UTC' });

export const formatDay = (iso: string) => day.format(new Date(iso));
export const formatDayTime = (iso: string) => `${dayTime.format(new Date(iso))} UTC`;

/** 0 → "0 min", 75 → "1 h 15 min". */
export function formatMinutes(minutes: number): string {
  if (minutes < 60) return `${minutes} min`;
  const hours = Math.floor(minutes / 60);
  const rest = minutes % 60;
  return rest ? `${hours} h ${rest} min` : `${hours} h`;
}
