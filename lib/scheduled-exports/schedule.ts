// Which destinations are due. The job runs hourly; an hourly destination is due every run, a daily
// one when its last run started about a day ago. A few minutes' slack keeps a run that started a
// little late from pushing every later one back by a whole interval.
import type { Db } from '@/lib/db';

const HOUR = 3_600_000;
export const SCHEDULE_MS = { HOURLY: HOUR, DAILY: 24 * HOUR } as const;
const SLACK_MS = 5 * 60_000;

export function isDue(schedule: keyof typeof SCHEDULE_MS, lastRunAt: Date | null, now: Date): boolean {
  return !lastRunAt || now.getTime() - lastRunAt.getTime() >= SCHEDULE_MS[schedule] - SLACK_MS;
}

export async function dueDestinationIds(db: Db, now: Date): Promise<string[]> {
  const destinations = await db.exportDestination.findMany({
    where: { enabled: true },
    orderBy: { createdAt: 'asc' },
    select: { id: true, schedule: true, runs: { orderBy: { startedAt: 'desc' }, take: 1, select: { startedAt: true } } },
  });
  return destinations
    .filter((destination) => isDue(destination.schedule, destination.runs[0]?.startedAt ?? null, now))
    .map((destination) => destination.id);
}

export async function enabledDestinationIds(db: Db): Promise<string[]> {
  const destinations = await db.exportDestination.findMany({
    where: { enabled: true },
    orderBy: { createdAt: 'asc' },
    select: { id: true },
  });
  return destinations.map((destination) => destination.id);
}
