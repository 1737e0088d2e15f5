'use client';
import { useActionState } from 'react';
import { ActionMessage } from '../../_components/action-message';
import { saveRetentionAction } from '../actions';
import { IDLE } from '../../_components/action-state';
import styles from '../../_components/admin.module.css';

type Props = {
  saved: { anonymiseAfterDays?: number; deleteAfterDays?: number };
  placeholders: { anonymise: string; delete: string };
  envNames: { anonymise: string; delete: string };
};

/** Overrides the environment's periods; an empty field falls back to the environment. */
export function RetentionForm({ saved, placeholders, envNames }: Props) {
  const [state, formAction, pending] = useActionState(saveRetentionAction, IDLE);
  return (
    <form action={formAction} className={styles.row} aria-label="Retention periods">
      <div>
        <label className="label" htmlFor="anonymiseAfterDays">
          Anonymise after (days)
          <span className={styles.hint}>empty: {envNames.anonymise}</span>
        </label>
        <input
          id="anonymiseAfterDays"
          name="anonymiseAfterDays"
          className="input"
          inputMode="numeric"
          defaultValue={saved.anonymiseAfterDays ?? ''}
          placeholder={placeholders.anonymise}
        />
      </div>
      <div>
        <label className="label" htmlFor="deleteAfterDays">
          Delete after (days)
          <span className={styles.hint}>empty: {envNames.delete}</span>
        </label>
        <input
          id="deleteAfterDays"
          name="deleteAfterDays"
          className="input"
          inputMode="numeric"
          defaultValue={saved.deleteAfterDays ?? ''}
          placeholder={placeholders.delete}
        />
      </div>
      <button type="submit" className="button" disabled={pending}>
        {pending ? 'Saving…' : 'Save periods'}
      </button>
      <ActionMessage state={state} />
    </form>
  );
}
