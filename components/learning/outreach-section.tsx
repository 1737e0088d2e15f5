import { getTranslations } from 'next-intl/server';
import type { SessionUser } from '@/lib/auth/roles';
import { getFormat } from '@/lib/i18n/server';
import { listOutreach } from '@/lib/queries/outreach';
import { OutreachForm } from './outreach-form';
import styles from './learning.module.css';

/** Who reached out and what they noted; visible to the staff who may see this student. */
export async function OutreachSection({ user, studentId }: { user: SessionUser; studentId: string }) {
  const rows = await listOutreach(user, studentId);
  const t = await getTranslations('learning.student.outreach');
  const f = await getFormat('UTC');
  return (
    <section className={`card ${styles.panel}`} aria-labelledby="outreach-heading" data-testid="outreach">
      <h2 id="outreach-heading">{t('title')}</h2>
      <OutreachForm studentId={studentId} />
      {rows.length === 0 ? (
        <p className="muted" style={{ marginTop: 12 }}>
          {t('none')}
        </p>
      ) : (
        <ul style={{ marginTop: 12, paddingLeft: 18 }} data-testid="outreach-list">
          {rows.map((row) => (
            <li key={row.id} style={{ marginBottom: 6 }}>
              <strong>{t(`kinds.${row.kind}`)}</strong>
              <span className="muted">
                {' '}
                · {f.day(row.at)}
                {row.by ? <span translate="no"> · {row.by}</span> : ''}
              </span>
              {row.note && <div translate="no">{row.note}</div>}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
