import { getTranslations } from 'next-intl/server';
import type { SessionUser } from '@/lib/auth/roles';
import { digestSubscription } from '@/lib/queries/mail-preferences';
import { weeklySummaryAction } from '@/app/(parent)/children/_actions/weekly-summary';
import styles from './family.module.css';

/** Whether this parent gets the weekly summary e-mail, and the one button that changes it. */
export async function WeeklySummaryToggle({ user }: { user: SessionUser }) {
  const [subscribed, t] = await Promise.all([digestSubscription(user), getTranslations('parent.weekly')]);
  return (
    <form action={weeklySummaryAction} className={`card ${styles.note}`} data-testid="weekly-summary" data-subscribed={subscribed}>
      <input type="hidden" name="optIn" value={subscribed ? 'false' : 'true'} />
      <span>{subscribed ? t('subscribed') : t('invite')} </span>
      <button type="submit" className="button button-secondary button-small">
        {subscribed ? t('stop') : t('start')}
      </button>
    </form>
  );
}
