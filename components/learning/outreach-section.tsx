import type { SessionUser } from '@/lib/auth/roles';
import { formatDay } from '@/lib/format';
import { OUTREACH_LABELS } from '@/lib/outreach/kinds';
import { listOutreach } from '@/lib/queries/outreach';
import { OutreachForm } from './outreach-form';
import styles from './learning.module.css';

/** Who reached out and what they noted; visible to the staff who may see this student. */
export async function OutreachSection({ user, studentId }: { user: SessionUser; studentId: string }) {
  const rows = await listOutreach(user, studentId);
  return (
    <section className={`card ${styles.panel}`} aria-labelledby="outreach-heading" data-testid="outreach">
      <h2 id="outreach-heading">Outreach and notes</h2>
      <OutreachForm studentId={studentId} />
      {rows.length === 0 ? (
        <p className="muted" style={{ marginTop: 12 }}>
          Nobody has recorded an outreach yet.
        </p>
      ) : (
        <ul style={{ marginTop: 12, paddingLeft: 18 }} data-testid="outreach-list">
          {rows.map((row) => (
            <li key={row.id} style={{ marginBottom: 6 }}>
              <strong>{OUTREACH_LABELS[row.kind]}</strong>
              <span className="muted">
                {' '}
                · {formatDay(row.at)}
                {row.by ? ` · ${row.by}` : ''}
              </span>
              {row.note && <div>{row.note}</div>}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
