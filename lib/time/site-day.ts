// A site's local days, in one place: every daily figure, rollup, cohort week, streak and range
// boundary asks this module where a site's day starts and which day an instant falls on.
//
// Days are named by their local calendar date (`YYYY-MM-DD`, a "label"). Offsets come from Intl
// (the runtime's tz database), so daylight-saving changes are exact: a local day is 23, 24 or 25
// hours long and starts at whatever instant the zone's clocks read 00:00 (or, where a transition
// skips midnight, the first instant of that date). The databases never see a time zone: callers
// pass the instants computed here as parameters, which SQLite and PostgreSQL compare alike.

export const UTC = 'UTC';
const MINUTE = 60_000;
const DAY = 86_400_000;
const formatters = new Map<string, Intl.DateTimeFormat>();

function formatter(zone: string): Intl.DateTimeFormat {
  let found = formatters.get(zone);
  if (!found) {
    found = new Intl.DateTimeFormat('en-US', {
      timeZone: zone,
      hourCycle: 'h23',
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
      second: '2-digit',
    });
    formatters.set(zone, found);
  }
  return found;
}

/** Whether the runtime knows `zone` as an IANA time zone (e.g. "Asia/Shanghai"). */
export function isTimeZone(zone: string): boolean {
  if (!zone || zone.length > 64) return false;
  try {
    new Intl.DateTimeFormat('en-US', { timeZone: zone });
    return true;
  } catch {
    return false;
  }
}

/** The zone this server runs in, for new sites. */
export function serverTimeZone(): string {
  const zone = Intl.DateTimeFormat().resolvedOptions().timeZone;
  return zone && isTimeZone(zone) ? zone : UTC;
}

/** Local time minus UTC at `at`, in ms (Asia/Shanghai: +8 h; America/New_York: −5 h or −4 h). */
export function offsetAt(zone: string, at: Date | number): number {
  if (zone === UTC) return 0;
  const t = typeof at === 'number' ? at : at.getTime();
  const parts: Record<string, number> = {};
  for (const part of formatter(zone).formatToParts(t)) if (part.type !== 'literal') parts[part.type] = Number(part.value);
  const wall = Date.UTC(parts.year!, parts.month! - 1, parts.day!, parts.hour!, parts.minute!, parts.second!);
  return wall - (t - (((t % 1000) + 1000) % 1000));
}

/** The local calendar date of `at`. */
export function localDay(zone: string, at: Date | number): string {
  const t = typeof at === 'number' ? at : at.getTime();
  return new Date(t + offsetAt(zone, t)).toISOString().slice(0, 10);
}

/** The label `n` calendar days after `day` (n may be negative). */
export function addDays(day: string, n: number): string {
  return new Date(Date.parse(`${day}T00:00:00Z`) + n * DAY).toISOString().slice(0, 10);
}

/** A day label as the DateTime the rollup tables store it in: that date at 00:00 UTC. */
export const labelDate = (day: string): Date => new Date(`${day}T00:00:00.000Z`);

/** The Monday (ISO week start) of the week holding `day`. */
export function weekStart(day: string): string {
  const weekday = new Date(`${day}T00:00:00Z`).getUTCDay();
  return addDays(day, -((weekday + 6) % 7));
}

/** The first instant of local day `day` in `zone`. */
export function dayStartIn(zone: string, day: string): Date {
  const wall = Date.parse(`${day}T00:00:00Z`);
  if (zone === UTC) return new Date(wall);
  // Two rounds settle the offset for any ordinary midnight; a transition inside the day moves it.
  let t = wall - offsetAt(zone, wall);
  t = wall - offsetAt(zone, t);
  if (localDay(zone, t) === day && localDay(zone, t - 1) !== day) return new Date(t);
  // A transition near midnight (a skipped or repeated 00:00): search the minute the date begins.
  let low = wall - 15 * 3_600_000;
  let high = wall + 15 * 3_600_000;
  while (high - low > MINUTE) {
    const mid = low + Math.max(MINUTE, Math.floor((high - low) / 2 / MINUTE) * MINUTE);
    if (localDay(zone, mid) < day) low = mid;
    else high = mid;
  }
  return new Date(high);
}

/** The start of the local day holding `at`. */
export const floorDay = (zone: string, at: Date): Date => dayStartIn(zone, localDay(zone, at));

/** `at` itself when it starts a local day, else the start of the next one. */
export function ceilDay(zone: string, at: Date): Date {
  const floor = floorDay(zone, at);
  return floor.getTime() === at.getTime() ? floor : dayStartIn(zone, addDays(localDay(zone, at), 1));
}

export type LocalDay = { day: string; start: Date; end: Date };

/** Every local day overlapping [from, to), oldest first, with its instants. */
export function daysBetween(zone: string, from: Date, to: Date): LocalDay[] {
  const days: LocalDay[] = [];
  if (to.getTime() <= from.getTime()) return days;
  let day = localDay(zone, from);
  let start = dayStartIn(zone, day);
  while (start.getTime() < to.getTime()) {
    const next = addDays(day, 1);
    const end = dayStartIn(zone, next);
    days.push({ day, start, end });
    day = next;
    start = end;
  }
  return days;
}

/** The local days `[first, last]` as the range of instants they cover. */
export function daySpan(zone: string, first: string, last: string): { from: Date; to: Date } {
  return { from: dayStartIn(zone, first), to: dayStartIn(zone, addDays(last, 1)) };
}

export type OffsetPiece = { until: Date | null; offsetMs: number };

/**
 * The zone's offset over [from, to) as constant pieces, oldest first (the last has until null).
 * One piece unless a daylight-saving change falls inside; SQL uses them to turn a stored UTC
 * instant into local wall time (see lib/sql/local-key.ts).
 */
export function offsetPieces(zone: string, from: Date, to: Date): OffsetPiece[] {
  if (zone === UTC) return [{ until: null, offsetMs: 0 }];
  const pieces: OffsetPiece[] = [];
  let current = offsetAt(zone, from);
  const end = to.getTime();
  // Zones change offset at most a few times a year, never twice within 12 hours: step by half a
  // day and search each change to the second.
  for (let t = from.getTime(); t < end;) {
    const step = Math.min(end, t + DAY / 2);
    const next = offsetAt(zone, step);
    if (next !== current) {
      let low = t;
      let high = step;
      while (high - low > 1000) {
        const mid = low + Math.max(1000, Math.floor((high - low) / 2000) * 1000);
        if (offsetAt(zone, mid) === current) low = mid;
        else high = mid;
      }
      pieces.push({ until: new Date(high), offsetMs: current });
      current = next;
    }
    t = step;
  }
  pieces.push({ until: null, offsetMs: current });
  return pieces;
}
