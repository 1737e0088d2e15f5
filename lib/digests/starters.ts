// Conversation starters for a parent, per factor: open questions that invite the child to talk,
// never a reproach. The parent note shows two or three, from the factors that weigh most.
// The words live in the `email` namespace (email.starters.<factor>.a|b|c); English by default.
import type { FactorKey } from '@/lib/risk/config';
import type { Translate } from '@/lib/i18n/translate';
import { EN_MAIL_TEXT } from './mail-text';

/** How many starters each factor has (their keys: a, b, c). */
const STARTER_KEYS: Record<FactorKey, readonly string[]> = {
  daysInactive: ['a', 'b', 'c'],
  loginFrequency: ['a', 'b'],
  questCompletion: ['a', 'b'],
  sessionDuration: ['a', 'b'],
  streak: ['a', 'b'],
};

/** Two or three starters: from the heaviest factor first, then the next, never repeating. */
export function startersFor(keys: readonly FactorKey[], max = 3, t: Translate = EN_MAIL_TEXT.in('email')): string[] {
  const picked: string[] = [];
  for (let round = 0; picked.length < max && round < 3; round++)
    for (const key of keys) {
      const id = STARTER_KEYS[key][round];
      const starter = id ? t(`starters.${key}.${id}`) : undefined;
      if (starter && picked.length < max && !picked.includes(starter)) picked.push(starter);
    }
  return picked;
}
