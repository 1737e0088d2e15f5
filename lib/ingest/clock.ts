// Event timestamps. Browser clocks are often wrong, so browser events are shifted by the batch's
// own skew (server receive time − client send time) and clamped; servers are expected to keep
// time and are held to a window instead.
import { HttpError } from '@/lib/http/errors';

const DAY = 24 * 3600 * 1000;
export const MAX_EVENT_AGE_MS = 7 * DAY;
export const MAX_EVENT_FUTURE_MS = 5 * 60 * 1000;

export function browserEventTime(ts: number, sentAt: number | undefined, now: number): Date {
  const skew = sentAt ? now - sentAt : 0;
  const corrected = ts + skew;
  return new Date(Math.min(now, Math.max(now - MAX_EVENT_AGE_MS, corrected)));
}

/**
 * Throws 400 for a timestamp outside [earliest, now + 5 minutes]: the batch is refused whole.
 * Authenticated servers may send history back to the site's creation (`earliest`), and always the
 * last 7 days: a site added today still takes last week's events, as before history was allowed.
 */
export function serverEventTime(ts: number, now: number, index: number, earliest?: number): Date {
  const weekAgo = now - MAX_EVENT_AGE_MS;
  const from = earliest === undefined ? weekAgo : Math.min(earliest, weekAgo);
  if (ts < from || ts > now + MAX_EVENT_FUTURE_MS) {
    const since = from === weekAgo ? 'at most 7 days old' : `not before the site was created, ${new Date(from).toISOString()}`;
    throw new HttpError(
      'invalid_timestamp',
      `events.${index}.ts: ${new Date(ts).toISOString()} is outside the accepted window (${since}, at most 5 minutes ahead)`,
    );
  }
  return new Date(ts);
}
