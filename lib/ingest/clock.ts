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

/** Throws 400 for a timestamp outside [now − 7 days, now + 5 minutes]: the batch is refused whole. */
export function serverEventTime(ts: number, now: number, index: number): Date {
  if (ts < now - MAX_EVENT_AGE_MS || ts > now + MAX_EVENT_FUTURE_MS) {
    throw new HttpError(
      'invalid_timestamp',
      `events.${index}.ts: ${new Date(ts).toISOString()} is outside the accepted window (at most 7 days old, at most 5 minutes ahead)`,
    );
  }
  return new Date(ts);
}
