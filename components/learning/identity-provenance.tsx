import type { StudentOverview } from '@/lib/queries/student';
import styles from './learning.module.css';

/**
 * Which of the student's activity came from verified identity. Claimed (unsigned) browser ids
 * never reach this page at all; what the site's "trust browser identity" switch let in is shown
 * apart, because anyone could have sent it.
 */
export function IdentityProvenance({ identity }: { identity: StudentOverview['identity'] }) {
  const total = identity.verified + identity.trusted;
  return (
    <section className={`card ${styles.panel} ${styles.section}`} aria-labelledby="identity-heading">
      <h2 id="identity-heading">Where this activity comes from</h2>
      {total === 0 ? (
        <p className="muted">No sessions are linked to this student yet.</p>
      ) : (
        <p>
          <strong>{identity.verified}</strong> of {total} session(s) from verified identity (a token the platform&apos;s server signed, or
          the server itself).
          {identity.trusted > 0 && (
            <>
              {' '}
              <strong>{identity.trusted}</strong> from a browser id the site trusts without a token: anyone could have sent those.
            </>
          )}
        </p>
      )}
    </section>
  );
}
