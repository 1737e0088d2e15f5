import type { SessionUser } from '@/lib/auth/roles';
import { formatDay } from '@/lib/format';
import { getStudentOutcome } from '@/lib/queries/student-outcome';
import { OutcomeForm } from './outcome-form';
import styles from './learning.module.css';

const SOURCE = { import: 'imported', staff: 'recorded' } as Record<string, string>;

/** The student's known outcome, if any, and the staff form to record that they left. */
export async function OutcomeSection({ user, studentId }: { user: SessionUser; studentId: string }) {
  const outcome = await getStudentOutcome(user, studentId);
  return (
    <section className={`card ${styles.panel}`} aria-labelledby="outcome-heading" data-testid="outcome">
      <h2 id="outcome-heading">Outcome</h2>
      <p data-testid="outcome-status" style={{ marginBottom: 12 }}>
        {outcome === null
          ? 'No outcome recorded: as far as Pathwise knows, still enrolled.'
          : outcome.droppedOut
            ? `Left the course on ${formatDay(outcome.at)}`
            : `Still enrolled on ${formatDay(outcome.at)}`}
        {outcome && (
          <span className="muted">
            {' '}
            · {SOURCE[outcome.source] ?? outcome.source}
            {outcome.by ? ` by ${outcome.by}` : ''}
          </span>
        )}
      </p>
      <OutcomeForm studentId={studentId} today={new Date().toISOString().slice(0, 10)} />
      <p className="muted" style={{ marginTop: 8 }}>
        Known outcomes let `npm run job -- risk-eval` measure how well the risk score predicted drop-outs on your own students.
      </p>
    </section>
  );
}
