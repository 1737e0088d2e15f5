// Conversation starters for a parent, per factor: open questions that invite the child to talk,
// never a reproach. The parent note shows two or three, from the factors that weigh most.
import type { FactorKey } from '@/lib/risk/config';

export const CONVERSATION_STARTERS: Record<FactorKey, readonly string[]> = {
  daysInactive: [
    'Ask what they were working on last time, and what they liked about it.',
    'Ask whether something got in the way of learning lately: a busy week, a hard task, a lost password.',
    'Suggest picking one short task to do together this evening.',
  ],
  loginFrequency: [
    'Ask when in the week learning fits best for them, and whether a fixed time would help.',
    'Ask what would make it easier to start a session: a reminder, a quiet corner, a shorter goal.',
  ],
  questCompletion: [
    'Ask which quest they started most recently and what the next step in it is.',
    'Ask whether a quest felt too long or too hard, and whether splitting it up would help.',
  ],
  sessionDuration: [
    'Ask what usually ends a session early: boredom, getting stuck or something else.',
    'Offer to sit with them for the first ten minutes of their next session.',
  ],
  streak: [
    'Ask whether they would like to try learning a little every day this week, and how you can help.',
    'Celebrate the last day they did learn, and ask what went well that day.',
  ],
};

/** Two or three starters: from the heaviest factor first, then the next, never repeating. */
export function startersFor(keys: readonly FactorKey[], max = 3): string[] {
  const picked: string[] = [];
  for (let round = 0; picked.length < max && round < 3; round++)
    for (const key of keys) {
      const starter = CONVERSATION_STARTERS[key][round];
      if (starter && picked.length < max && !picked.includes(starter)) picked.push(starter);
    }
  return picked;
}
