'use client';
import { useActionState } from 'react';
import { useTranslations } from 'next-intl';
import { ActionMessage } from '../../_components/action-message';
import type { SiteSettingField, SiteSettingsRow } from '@/lib/privacy/site-settings';
import { IDLE } from '../../_components/action-state';
import styles from '../../_components/admin.module.css';
import { saveSiteSettingsAction } from '../actions';
import { DataName, dataTag } from '../../_components/data-name';

/** In the order shown; labels and hints are `admin.sites.settings.options.<field>`. */
const OPTIONS = [
  'respectDnt',
  'requireConsent',
  'captureText',
  'captureMouse',
  'trustBrowserLearningEvents',
  'trustBrowserIdentity',
] as const satisfies readonly SiteSettingField[];

export function SiteSettingsForm({ site }: { site: Pick<SiteSettingsRow, 'id' | 'key' | 'name' | SiteSettingField> }) {
  const t = useTranslations('admin.sites.settings');
  const [state, formAction, pending] = useActionState(saveSiteSettingsAction, IDLE);
  return (
    <form action={formAction} className={styles.subsection} aria-labelledby={`settings-name-${site.id}`}>
      <DataName id={`settings-name-${site.id}`}>{t.rich('form', { name: site.name, key: site.key, d: dataTag })}</DataName>
      <input type="hidden" name="siteId" value={site.id} />
      <h3>{t('title')}</h3>
      <div className={styles.checks}>
        {OPTIONS.map((field) => (
          <label key={field} className={styles.check}>
            <input type="checkbox" name={field} defaultChecked={site[field]} />
            <span>
              {t(`options.${field}.label`)}
              <span className={styles.hint}>{t.rich(`options.${field}.hint`, { code: (chunks) => <code>{chunks}</code> })}</span>
            </span>
          </label>
        ))}
      </div>
      <div className={styles.row}>
        <button type="submit" className="button" disabled={pending}>
          {pending ? t('saving') : t('save')}
        </button>
        <ActionMessage state={state} />
      </div>
    </form>
  );
}
