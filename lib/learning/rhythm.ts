// The parent page's learning-rhythm light: green while the child has learned in the last few
// days, yellow otherwise, always with the reason in plain words. Pure.
import { dayNumber } from './streak';

/** Green while the last learning was at most this many calendar days ago. */
export const RHYTHM_GREEN_WITHIN_DAYS = 3;

/**
 * `headline` and `reason` are the English words; `daysAgo` (null: never learned) and
 * `greenWithinDays` let rhythmText() in ./rhythm-text.ts say the same in the reader's language.
 */
export type Rhythm = { light: 'green' | 'yellow'; headline: string; reason: string; daysAgo: number | null; greenWithinDays: number };

function ago(days: number): string {
  if (days === 0) return 'today';
  if (days === 1) return 'yesterday';
  return `${days} days ago`;
}

/** `zone`: whose calendar days "today" and "days ago" count in (the learner's site's). */
export function learningRhythm(lastActiveAt: Date | null, now: Date, greenWithinDays = RHYTHM_GREEN_WITHIN_DAYS, zone?: string): Rhythm {
  if (!lastActiveAt) {
    return { light: 'yellow', headline: 'Not started yet', reason: 'No learning has been recorded yet.', daysAgo: null, greenWithinDays };
  }
  const days = Math.max(0, dayNumber(now, zone) - dayNumber(lastActiveAt, zone));
  if (days <= greenWithinDays) {
    return { light: 'green', headline: 'Learning regularly', reason: `Last learned ${ago(days)}.`, daysAgo: days, greenWithinDays };
  }
  return {
    light: 'yellow',
    headline: 'Taking a break',
    reason: `Last learned ${ago(days)}: more than ${greenWithinDays} days without learning.`,
    daysAgo: days,
    greenWithinDays,
  };
}
