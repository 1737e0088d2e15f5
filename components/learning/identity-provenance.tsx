import { useTranslations } from 'next-intl';
import type { StudentOverview } from '@/lib/queries/student';
import styles from './learning.module.css';

/**
 * Which of the student's activity came from verified identity. Claimed (unsigned) browser ids
 * never reach this page at all; what the site's "trust browser identity" switch let in is shown
 * apart, because anyone could have sent it.
 */
export function IdentityProvenance({ identity }: { identity: StudentOverview['identity'] }) {
  const t = useTranslations('learning.student.identity');
  const total = identity.verified + identity.trusted;
  const b = (c: React.ReactNode) => <strong>{c}</strong>;
  return (
    <section className={`card ${styles.panel} ${styles.section}`} aria-labelledby="identity-heading">
      <h2 id="identity-heading">{t('title')}</h2>
      {total === 0 ? (
        <p className="muted">{t('none')}</p>
      ) : (
        <p>
          {t.rich('verified', { verified: identity.verified, total, b })}
          {identity.trusted > 0 && <> {t.rich('trusted', { trusted: identity.trusted, b })}</>}
        </p>
      )}
    </section>
  );
}
