// The learning-rhythm light's headline and reason in the reader's language, from the numbers
// learningRhythm() measured. `t` is over the `parent` namespace (the child page's words, which
// the parent e-mail repeats). Client-safe and pure.
import type { Translate } from '@/lib/i18n/translate';
import type { Rhythm } from './rhythm';

export function rhythmText(rhythm: Rhythm, t: Translate): { headline: string; reason: string } {
  if (rhythm.daysAgo === null) return { headline: t('rhythm.none.headline'), reason: t('rhythm.none.reason') };
  const days = rhythm.daysAgo;
  const ago = days === 0 ? t('rhythm.today') : days === 1 ? t('rhythm.yesterday') : t('rhythm.daysAgo', { days });
  const state = rhythm.light === 'green' ? 'regular' : 'break';
  return { headline: t(`rhythm.${state}.headline`), reason: t(`rhythm.${state}.reason`, { ago, days: rhythm.greenWithinDays }) };
}
