// The site's LRS credentials (xAPI clients such as Moodle or Open edX log in with them).
import { useTranslations } from 'next-intl';
import type { Locale } from '@/lib/i18n/config';
import { createFormatter } from '@/lib/i18n/format';
import { formatLastUsed } from './lrs-dates';
import { ActionButton } from '../../_components/action-button';
import { DataName, dataTag } from '../../_components/data-name';
import styles from '../../_components/admin.module.css';
import { createLrsCredentialAction, revokeLrsCredentialAction, rotateLrsCredentialAction } from '../lrs-actions';
import { LrsSecretForm } from './lrs-secret-form';
import type { CredentialSummary } from '@/lib/xapi/credentials';

export function LrsCredentials({
  siteId,
  siteKey,
  origin,
  credentials,
  locale,
}: {
  siteId: string;
  siteKey: string;
  origin: string;
  credentials: CredentialSummary[];
  locale: Locale;
}) {
  const t = useTranslations('admin.sites.lrs');
  const f = createFormatter(locale, 'UTC');
  return (
    <section className={styles.subsection} aria-labelledby={`lrs-name-${siteId}`}>
      <DataName id={`lrs-name-${siteId}`}>{t.rich('section', { key: siteKey, d: dataTag })}</DataName>
      <h3>{t('title')}</h3>
      <p className="muted">{t.rich('intro', { url: `${origin}/xapi/`, code: (chunks) => <code>{chunks}</code> })}</p>
      {credentials.length > 0 && (
        <table className="table">
          <thead>
            <tr>
              <th>{t('label')}</th>
              <th>{t('key')}</th>
              <th>{t('secret')}</th>
              <th>{t('homePage')}</th>
              <th>{t('lastUsed')}</th>
              <th>
                <span className="sr-only">{t('actions')}</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {credentials.map((c) => (
              <tr key={c.id}>
                <td translate="no">{c.label}</td>
                <td>
                  <code>{c.key}</code>
                </td>
                <td>{c.revokedAt ? t('revoked') : <span translate="no">{c.hint}</span>}</td>
                <td translate="no">{c.homePage ?? '—'}</td>
                <td>{formatLastUsed(c.lastUsedAt, f, t('never'))}</td>
                <td>
                  <LrsSecretForm
                    action={rotateLrsCredentialAction}
                    fields={{ siteId, credentialId: c.id }}
                    label={t('rotate')}
                    pendingLabel={t('rotating')}
                    name={t.rich('rotateLabel', { key: c.key, d: dataTag })}
                    secretLabel={t('newCredential')}
                  />
                  {!c.revokedAt && (
                    <ActionButton
                      action={revokeLrsCredentialAction}
                      fields={{ siteId, credentialId: c.id }}
                      label={t('revoke')}
                      pendingLabel={t('revoking')}
                      secondary
                    />
                  )}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      <LrsSecretForm
        action={createLrsCredentialAction}
        fields={{ siteId }}
        label={t('create')}
        pendingLabel={t('creating')}
        name={t.rich('createLabel', { key: siteKey, d: dataTag })}
        secretLabel={t('newCredential')}
      >
        <label>
          {t('label')} <input name="label" placeholder="Moodle" maxLength={100} translate="no" />
        </label>
        <label>
          {t('homePage')} <input name="homePage" placeholder="https://moodle.example.edu" maxLength={500} translate="no" />
        </label>
      </LrsSecretForm>
    </section>
  );
}
