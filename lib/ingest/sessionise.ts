// Session bookkeeping as pure functions, so the rules are testable without a database: when a
// session continues, when it has expired, and how its totals change as events arrive.
import { SESSION_TIMEOUT_MS } from '@/lib/taxonomy';

export type SessionTotals = {
  startedAt: Date;
  lastSeenAt: Date;
  entryPath: string | null;
  exitPath: string | null;
  pageviews: number;
  eventCount: number;
  durationMs: number;
  /** A bounce is a session with at most one pageview. */
  bounce: boolean;
};

type TimedEvent = { type: string; path: string | null; timestamp: Date };

/** A session id seen again after the timeout starts a new session. */
export function hasExpired(lastSeenAt: Date, nextEventAt: Date, timeoutMs = SESSION_TIMEOUT_MS): boolean {
  return nextEventAt.getTime() - lastSeenAt.getTime() > timeoutMs;
}

/**
 * The clientId an expired session is renamed to, so the SDK's id (unique per site) always points
 * at the live session and finding it stays one indexed lookup.
 */
export function retiredClientId(clientId: string, startedAt: Date): string {
  return `${clientId}~${startedAt.getTime().toString(36)}`;
}

export function startSession(events: readonly TimedEvent[]): SessionTotals {
  const first = events[0];
  if (!first) throw new Error('a session starts with at least one event');
  const firstPageview = events.find((event) => event.type === 'pageview');
  const base: SessionTotals = {
    startedAt: first.timestamp,
    lastSeenAt: first.timestamp,
    entryPath: firstPageview?.path ?? first.path,
    exitPath: null,
    pageviews: 0,
    eventCount: 0,
    durationMs: 0,
    bounce: true,
  };
  return extendSession(base, events);
}

export function extendSession(totals: SessionTotals, events: readonly TimedEvent[]): SessionTotals {
  const next = { ...totals };
  let latestPageviewAt = -Infinity;
  for (const event of events) {
    const at = event.timestamp.getTime();
    next.eventCount += 1;
    if (at < next.startedAt.getTime()) next.startedAt = event.timestamp;
    if (at > next.lastSeenAt.getTime()) next.lastSeenAt = event.timestamp;
    if (event.type === 'pageview') {
      next.pageviews += 1;
      // Late-arriving pageviews from before the session's last activity do not move the exit.
      if (at >= latestPageviewAt && at >= totals.lastSeenAt.getTime()) {
        latestPageviewAt = at;
        next.exitPath = event.path;
      }
    }
  }
  next.entryPath ??= events.find((event) => event.path)?.path ?? null;
  next.exitPath ??= next.entryPath;
  next.durationMs = next.lastSeenAt.getTime() - next.startedAt.getTime();
  next.bounce = next.pageviews <= 1;
  return next;
}
