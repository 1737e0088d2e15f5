import type { SessionUser } from '@/lib/auth/roles';
import { findPrivacySubjects, type UserSubject, type VisitorSubject } from '@/lib/privacy/find-subjects';
import { EraseForm } from './erase-form';
import styles from '../../_components/admin.module.css';

const number = new Intl.NumberFormat('en-US');
const date = (iso: string) => iso.slice(0, 10);

function Facts({ items }: { items: [string, string | number][] }) {
  return (
    <dl className={styles.facts}>
      {items.map(([label, value]) => (
        <div key={label}>
          <dt>{label}</dt>
          <dd>{typeof value === 'number' ? number.format(value) : value}</dd>
        </div>
      ))}
    </dl>
  );
}

function UserCard({ user }: { user: UserSubject }) {
  return (
    <article className={styles.subject} aria-label={`User ${user.email}`} data-testid="privacy-user">
      <div>
        <strong>{user.name}</strong>{' '}
        <span className="muted">
          · {user.email} · {user.role.toLowerCase()}
        </span>
      </div>
      <Facts
        items={[
          ['Events', user.counts.events],
          ['Sessions', user.counts.sessions],
          ['Browsers', user.counts.visitors],
          ['Risk scores', user.counts.riskScores],
        ]}
      />
      <div className={styles.row}>
        <a className="button button-secondary" href={`/api/admin/users/${encodeURIComponent(user.id)}/data`} download>
          Download their data (JSON)
        </a>
      </div>
      <EraseForm kind="user" id={user.id} confirmWith={user.email} label="email" />
    </article>
  );
}

function VisitorCard({ visitor }: { visitor: VisitorSubject }) {
  return (
    <article className={styles.subject} aria-label={`Visitor ${visitor.anonId}`} data-testid="privacy-visitor">
      <div>
        <strong>Visitor {visitor.anonId}</strong>{' '}
        <span className="muted">
          · site {visitor.site.name}
          {visitor.userEmail ? ` · linked to ${visitor.userEmail}` : ' · anonymous'}
        </span>
      </div>
      <Facts
        items={[
          ['Events', visitor.counts.events],
          ['Sessions', visitor.counts.sessions],
          ['First seen', date(visitor.firstSeen)],
          ['Last seen', date(visitor.lastSeen)],
        ]}
      />
      <div className={styles.row}>
        <a className="button button-secondary" href={`/admin/privacy/visitors/${encodeURIComponent(visitor.id)}/data`} download>
          Download their data (JSON)
        </a>
      </div>
      <EraseForm kind="visitor" id={visitor.id} confirmWith={visitor.anonId} label="visitor id" />
    </article>
  );
}

export async function SubjectResults({ viewer, query }: { viewer: SessionUser; query: string }) {
  const { users, visitors } = await findPrivacySubjects(viewer, query);
  if (users.length === 0 && visitors.length === 0) {
    return (
      <p className="muted" role="status">
        Nobody matches “{query}”. Search by the full e-mail address, the platform’s user id, or the visitor id from the browser (the{' '}
        <code>pw_a</code> entry in the site’s localStorage).
      </p>
    );
  }
  return (
    <div className={styles.page} aria-label="Search results">
      {users.map((user) => (
        <UserCard key={user.id} user={user} />
      ))}
      {visitors.map((visitor) => (
        <VisitorCard key={visitor.id} visitor={visitor} />
      ))}
    </div>
  );
}
