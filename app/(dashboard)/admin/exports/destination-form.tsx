'use client';
import { useActionState, type InputHTMLAttributes } from 'react';
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
  const [state, action, pending] = useActionState(createDestinationAction, IDLE);
  return (
    <form action={action} className={styles.form} aria-label="Add a destination">
      <label className={styles.field}>
        <span className="label">Site</span>
        <select name="siteKey" className="select" required>
          {sites.map((site) => (
            <option key={site.key} value={site.key}>
              {site.name} ({site.key})
            </option>
          ))}
        </select>
      </label>
      <Field label="Name" name="name" required placeholder="Agency data lake" />
      <Field label="Endpoint" name="endpoint" type="url" placeholder="https://s3.example.com" hint="Empty for AWS S3 itself." />
      <Field label="Region" name="region" placeholder="us-east-1" />
      <Field label="Bucket" name="bucket" required placeholder="agency-raw-events" />
      <Field label="Prefix" name="prefix" placeholder="pathwise/" />
      <Field label="Access key id" name="accessKeyId" required autoComplete="off" />
      <Field
        label="Secret access key"
        name="secretAccessKey"
        type="password"
        required
        autoComplete="new-password"
        hint="Stored encrypted; never shown again."
      />
      <Field label="Backup bucket" name="backupBucket" placeholder="optional" hint="Same endpoint and keys." />
      <label className={styles.field}>
        <span className="label">Format</span>
        <select name="format" className="select" defaultValue="JSON">
          <option value="JSON">NDJSON</option>
          <option value="CSV">CSV</option>
          <option value="PARQUET">Parquet</option>
        </select>
      </label>
      <label className={styles.field}>
        <span className="label">Schedule</span>
        <select name="schedule" className="select" defaultValue="DAILY">
          <option value="HOURLY">Hourly</option>
          <option value="DAILY">Daily</option>
        </select>
      </label>
      <div className={styles.formActions}>
        <button type="submit" className="button" disabled={pending}>
          {pending ? 'Adding…' : 'Add destination'}
        </button>
        <ActionMessage state={state} />
      </div>
    </form>
  );
}
