'use client';
import { useActionState } from 'react';
import { ActionMessage } from '../../_components/action-message';
import { IDLE } from '../../_components/action-state';
import styles from '../../_components/admin.module.css';
import { createSiteAction } from '../actions';

export function NewSiteForm() {
  const [state, formAction, pending] = useActionState(createSiteAction, IDLE);
  return (
    <form action={formAction} className={`card ${styles.section}`} aria-label="Add a site">
      <h2>Add a site</h2>
      <div className={styles.row}>
        <label className={styles.grow}>
          <span className="label">Name</span>
          <input className="input" name="name" required maxLength={120} placeholder="Riverside Maths Portal" />
        </label>
        <label className={styles.grow}>
          <span className="label">Key</span>
          <input
            className="input"
            name="key"
            required
            pattern="[a-z0-9][a-z0-9\-]{1,62}"
            placeholder="riverside-maths"
            aria-describedby="site-key-hint"
          />
          <span id="site-key-hint" className={styles.hint}>
            Goes in the embed tag&apos;s data-site. Lowercase letters, digits and dashes.
          </span>
        </label>
        <label className={styles.grow}>
          <span className="label">Allowed domains</span>
          <input
            className="input"
            name="domains"
            required
            placeholder="maths.riverside.edu, *.riverside.edu"
            aria-describedby="site-domains-hint"
          />
          <span id="site-domains-hint" className={styles.hint}>
            Pages on these hosts may send events; separate with commas.
          </span>
        </label>
        <button type="submit" className="button" disabled={pending}>
          {pending ? 'Adding…' : 'Add site'}
        </button>
      </div>
      <ActionMessage state={state} />
    </form>
  );
}
