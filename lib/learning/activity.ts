// A student's signed-in activity, read with any client: the family pages (through summaries.ts)
// and the weekly parent digest (a job, outside Next) share it.
import type { Db } from '@/lib/db';
import { UTC } from '@/lib/time/site-day';
import { dayNumber } from './streak';
import { LINKED_IDENTITIES } from '@/lib/ingest/identity-kind';

/** `timeZone`: the zone of the site of the latest session, whose "today" streaks are judged against. */
export type Activity = { days: number[]; totalMs: number; sessions: number; lastActiveAt: Date | null; timeZone: string };

/** Local days (each session's site's zone) with a session of verified identity (a browser's claim never counts), and the time spent, from `since` (all time when omitted). */
export async function readActivity(db: Db, userId: string, since?: Date): Promise<Activity> {
  const sessions = await db.session.findMany({
    where: { userId, identity: { in: LINKED_IDENTITIES }, ...(since ? { startedAt: { gte: since } } : {}) },
    select: { startedAt: true, lastSeenAt: true, durationMs: true, site: { select: { timeZone: true } } },
  });
  let last: Date | null = null;
  let timeZone = UTC;
  for (const session of sessions) {
    if (last && session.lastSeenAt <= last) continue;
    last = session.lastSeenAt;
    timeZone = session.site.timeZone;
  }
  return {
    days: [...new Set(sessions.map((session) => dayNumber(session.startedAt, session.site.timeZone)))],
    totalMs: sessions.reduce((sum, session) => sum + session.durationMs, 0),
    sessions: sessions.length,
    lastActiveAt: last,
    timeZone,
  };
}
