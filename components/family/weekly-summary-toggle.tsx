import type { SessionUser } from '@/lib/auth/roles';
import { digestSubscription } from '@/lib/queries/mail-preferences';
import { weeklySummaryAction } from '@/app/(parent)/children/_actions/weekly-summary';
import styles from './family.module.css';

/** Whether this parent gets the weekly summary e-mail, and the one button that changes it. */
export async function WeeklySummaryToggle({ user }: { user: SessionUser }) {
  const subscribed = await digestSubscription(user);
  return (
    <form action={weeklySummaryAction} className={`card ${styles.note}`} data-testid="weekly-summary" data-subscribed={subscribed}>
      <input type="hidden" name="optIn" value={subscribed ? 'false' : 'true'} />
      <span>
        {subscribed
          ? 'You get a weekly e-mail summary of your children’s learning. '
          : 'Get a short weekly e-mail about your children’s learning, with ideas for a chat when things get harder. '}
      </span>
      <button type="submit" className="button button-secondary button-small">
        {subscribed ? 'Stop the weekly e-mail' : 'Send me the weekly e-mail'}
      </button>
    </form>
  );
}
