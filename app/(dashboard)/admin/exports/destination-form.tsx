'use client';
import { useActionState, type InputHTMLAttributes } from 'react';
import { useTranslations } from 'next-intl';
import { ActionMessage } from '../_components/action-message';
import { IDLE } from '../_components/action-state';
import { createDestinationAction } from './actions';
import styles from './exports-admin.module.css';

type Site = { key: string; name: string };

function Field({ label, name, hint, ...input }: { label: string; name: string; hint?: string } & InputHTMLAttributes<HTMLInputElement>) {
  const id = `destination-${name}`;
  return (
    <div className={styles.field}>
      <label className="label" htmlFor={id}>
        {label}
      </label>
      <input id={id} name={name} className="input" aria-describedby={hint ? `${id}-hint` : undefined} {...input} />
      {hint && (
        <span id={`${id}-hint`} className={styles.hint}>
          {hint}
        </span>
      )}
    </div>
  );
}

export function DestinationForm({ sites }: { sites: Site[] }) {
  const t = useTranslations('admin.destinations.form');
  const page = useTranslations('admin.destinations');
  const [state, action, pending] = useActionState(createDestinationAction, IDLE);
  return (
    <form action={action} className={styles.form} aria-label={page('add')}>
      <label className={styles.field}>
        <span className="label">{t('site')}</span>
        <select name="siteKey" className="select" required>
          {sites.map((site) => (
            <option key={site.key} value={site.key} translate="no">
              {site.name} ({site.key})
            </option>
          ))}
        </select>
      </label>
      <Field label={t('name')} name="name" required placeholder={t('namePlaceholder')} />
      <Field label={t('endpoint')} name="endpoint" type="url" placeholder="https://s3.example.com" hint={t('endpointHint')} />
      <Field label={t('region')} name="region" placeholder="us-east-1" translate="no" />
      <Field label={t('bucket')} name="bucket" required placeholder="agency-raw-events" translate="no" />
      <Field label={t('prefix')} name="prefix" placeholder="pathwise/" translate="no" />
      <Field label={t('accessKeyId')} name="accessKeyId" required autoComplete="off" />
      <Field
        label={t('secretAccessKey')}
        name="secretAccessKey"
        type="password"
        required
        autoComplete="new-password"
        hint={t('secretHint')}
      />
      <Field label={t('backupBucket')} name="backupBucket" placeholder={t('optional')} hint={t('backupHint')} />
      <label className={styles.field}>
        <span className="label">{t('format')}</span>
        <select name="format" className="select" defaultValue="JSON">
          <option value="JSON">NDJSON</option>
          <option value="CSV">CSV</option>
          <option value="PARQUET">Parquet</option>
        </select>
      </label>
      <label className={styles.field}>
        <span className="label">{t('schedule')}</span>
        <select name="schedule" className="select" defaultValue="DAILY">
          <option value="HOURLY">{t('hourly')}</option>
          <option value="DAILY">{t('daily')}</option>
        </select>
      </label>
      <div className={styles.formActions}>
        <button type="submit" className="button" disabled={pending}>
          {pending ? t('pending') : t('submit')}
        </button>
        <ActionMessage state={state} />
      </div>
    </form>
  );
}
