import { getLocale, getTranslations } from 'next-intl/server';
import type { SessionUser } from '@/lib/auth/roles';
import type { Locale } from '@/lib/i18n/config';
import { createFormatter, type Formatter } from '@/lib/i18n/format';
import type { Translate } from '@/lib/i18n/translate';
import { findPrivacySubjects, type UserSubject, type VisitorSubject } from '@/lib/privacy/find-subjects';
import { EraseForm } from './erase-form';
import { DataName, dataTag } from '../../_components/data-name';
import styles from '../../_components/admin.module.css';

/** What the cards need from the request: its translator and formatter (UTC: a visitor's site zone is not at hand). */
type Text = { t: Awaited<ReturnType<typeof getTranslations>>; f: Formatter; roles: Translate };

function Facts({ items, f }: { items: [string, string | number][]; f: Formatter }) {
  return (
    <dl className={styles.facts}>
      {items.map(([label, value]) => (
        <div key={label}>
          <dt>{label}</dt>
          <dd>{typeof value === 'number' ? f.exact(value) : value}</dd>
        </div>
      ))}
    </dl>
  );
}

function UserCard({ user, text: { t, f, roles } }: { user: UserSubject; text: Text }) {
  return (
    <article className={styles.subject} aria-labelledby={`subject-user-${user.id}`} data-testid="privacy-user">
      <DataName id={`subject-user-${user.id}`}>{t.rich('userCard', { email: user.email, d: dataTag })}</DataName>
      <div>
        <strong translate="no">{user.name}</strong>{' '}
        <span className="muted">
          · <span translate="no">{user.email}</span> · {roles(`roles.${user.role}`).toLowerCase()}
        </span>
      </div>
      <Facts
        f={f}
        items={[
          [t('events'), user.counts.events],
          [t('sessions'), user.counts.sessions],
          [t('browsers'), user.counts.visitors],
          [t('riskScores'), user.counts.riskScores],
        ]}
      />
      <div className={styles.row}>
        <a className="button button-secondary" href={`/api/admin/users/${encodeURIComponent(user.id)}/data`} download>
          {t('downloadData')}
        </a>
      </div>
      <EraseForm kind="user" id={user.id} confirmWith={user.email} label={t('emailLabel')} />
    </article>
  );
}

function VisitorCard({ visitor, text: { t, f } }: { visitor: VisitorSubject; text: Text }) {
  return (
    <article className={styles.subject} aria-labelledby={`subject-visitor-${visitor.id}`} data-testid="privacy-visitor">
      <DataName id={`subject-visitor-${visitor.id}`}>{t.rich('visitorCard', { id: visitor.anonId, d: dataTag })}</DataName>
      <div>
        <strong>
          {t('visitor')} <span translate="no">{visitor.anonId}</span>
        </strong>{' '}
        <span className="muted">
          · {t('site')} <span translate="no">{visitor.site.name}</span>
          {visitor.userEmail ? (
            <>
              {' · '}
              {t('linkedTo')} <span translate="no">{visitor.userEmail}</span>
            </>
          ) : (
            ` · ${t('anonymous')}`
          )}
        </span>
      </div>
      <Facts
        f={f}
        items={[
          [t('events'), visitor.counts.events],
          [t('sessions'), visitor.counts.sessions],
          [t('firstSeen'), f.day(visitor.firstSeen)],
          [t('lastSeen'), f.day(visitor.lastSeen)],
        ]}
      />
      <div className={styles.row}>
        <a className="button button-secondary" href={`/admin/privacy/visitors/${encodeURIComponent(visitor.id)}/data`} download>
          {t('downloadData')}
        </a>
      </div>
      <EraseForm kind="visitor" id={visitor.id} confirmWith={visitor.anonId} label={t('visitorIdLabel')} />
    </article>
  );
}

export async function SubjectResults({ viewer, query }: { viewer: SessionUser; query: string }) {
  const { users, visitors } = await findPrivacySubjects(viewer, query);
  const t = await getTranslations('admin.privacy');
  if (users.length === 0 && visitors.length === 0) {
    return (
      <p className="muted" role="status">
        {t.rich('noMatch', {
          query,
          q: (chunks) => <span translate="no">{chunks}</span>,
          code: (chunks) => <code>{chunks}</code>,
        })}
      </p>
    );
  }
  const text: Text = { t, f: createFormatter((await getLocale()) as Locale), roles: await getTranslations('common') };
  return (
    <div className={styles.page} aria-label={t('results')}>
      {users.map((user) => (
        <UserCard key={user.id} user={user} text={text} />
      ))}
      {visitors.map((visitor) => (
        <VisitorCard key={visitor.id} visitor={visitor} text={text} />
      ))}
    </div>
  );
}
