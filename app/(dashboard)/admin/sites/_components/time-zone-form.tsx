'use client';
import { useActionState } from 'react';
import { useTranslations } from 'next-intl';
import { ActionMessage } from '../../_components/action-message';
import { IDLE } from '../../_components/action-state';
import styles from '../../_components/admin.module.css';
import { saveTimeZoneAction } from '../actions';
import { DataName, dataTag } from '../../_components/data-name';

/** Every zone the browser knows, for the searchable list (typing filters it; any IANA name is accepted). */
const ZONES: readonly string[] = typeof Intl.supportedValuesOf === 'function' ? ['UTC', ...Intl.supportedValuesOf('timeZone')] : ['UTC'];

/** The site's time zone: a text box with a searchable list of IANA zones, validated on the server. */
export function TimeZoneForm({ siteId, siteKey, timeZone }: { siteId: string; siteKey: string; timeZone: string }) {
  const t = useTranslations('admin.sites.zone');
  const [state, formAction, pending] = useActionState(saveTimeZoneAction, IDLE);
  const listId = `time-zones-${siteId}`;
  return (
    <form action={formAction} className={styles.subsection} aria-labelledby={`zone-form-${siteId}`}>
      <DataName id={`zone-form-${siteId}`}>{t.rich('form', { key: siteKey, d: dataTag })}</DataName>
      <DataName id={`zone-input-${siteId}`}>{t.rich('inputLabel', { key: siteKey, d: dataTag })}</DataName>
      <input type="hidden" name="siteId" value={siteId} />
      <h3>{t('title')}</h3>
      <p className="muted">{t('intro')}</p>
      <div className={styles.row}>
        <label>
          {t('zone')}{' '}
          <input
            name="timeZone"
            list={listId}
            defaultValue={timeZone}
            required
            autoComplete="off"
            spellCheck={false}
            aria-labelledby={`zone-input-${siteId}`}
            translate="no"
          />
        </label>
        <datalist id={listId}>
          {ZONES.map((zone) => (
            <option key={zone} value={zone} />
          ))}
        </datalist>
        <button type="submit" className="button" disabled={pending}>
          {pending ? t('saving') : t('save')}
        </button>
        <ActionMessage state={state} />
      </div>
    </form>
  );
}
