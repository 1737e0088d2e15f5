import { getTranslations } from 'next-intl/server';
import type { SessionUser } from '@/lib/auth/roles';
import { getFormat } from '@/lib/i18n/server';
import { localDay } from '@/lib/time/site-day';
import { getStudentOutcome } from '@/lib/queries/student-outcome';
import { Data } from '@/components/dashboard/dashboard-heading';
import { OutcomeForm } from './outcome-form';
import styles from './learning.module.css';

/**
 * The student's known outcome, if any, and the staff form to record that they left. The form's
 * latest allowed day is today in `timeZone` (the page's site), as the date picker counts days.
 */
export async function OutcomeSection({ user, studentId, timeZone }: { user: SessionUser; studentId: string; timeZone: string }) {
  const outcome = await getStudentOutcome(user, studentId);
  const t = await getTranslations('learning.student.outcome');
  const f = await getFormat('UTC');
  const source = outcome && (outcome.source === 'import' || outcome.source === 'staff') ? t(outcome.source) : outcome?.source;
  return (
    <section className={`card ${styles.panel}`} aria-labelledby="outcome-heading" data-testid="outcome">
      <h2 id="outcome-heading">{t('title')}</h2>
      <p data-testid="outcome-status" style={{ marginBottom: 12 }}>
        {outcome === null
          ? t('none')
          : outcome.droppedOut
            ? t('left', { day: f.day(outcome.at) })
            : t('enrolled', { day: f.day(outcome.at) })}
        {outcome && (
          <span className="muted">
            {' '}
            · {outcome.by ? t.rich('by', { source: source ?? '', name: outcome.by, data: (c) => <Data>{c}</Data> }) : source}
          </span>
        )}
      </p>
      <OutcomeForm studentId={studentId} today={localDay(timeZone, new Date())} />
      <p className="muted" style={{ marginTop: 8 }}>
        {t.rich('help', { code: (c) => <code>{c}</code> })}
      </p>
    </section>
  );
}
