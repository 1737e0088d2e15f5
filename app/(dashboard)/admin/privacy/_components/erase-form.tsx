'use client';
import { useActionState, useId, useState } from 'react';
import { eraseAction } from '../actions';
import { IDLE } from '../../_components/action-state';
import styles from '../../_components/admin.module.css';

/**
 * Two steps: "Erase tracked data" opens the confirmation, which only submits once the admin has
 * typed the person's e-mail (or the visitor id). The server checks the same thing again.
 */
export function EraseForm({ kind, id, confirmWith, label }: { kind: 'user' | 'visitor'; id: string; confirmWith: string; label: string }) {
  const [state, formAction, pending] = useActionState(eraseAction, IDLE);
  const [open, setOpen] = useState(false);
  const [typed, setTyped] = useState('');
  const inputId = useId();
  const matches = typed.trim().toLowerCase() === confirmWith.toLowerCase();

  if (state.status === 'ok') {
    return (
      <p className={styles.ok} role="status">
        {state.message}
      </p>
    );
  }
  if (!open) {
    return (
      <div className={styles.row}>
        <button type="button" className={`button ${styles.danger}`} onClick={() => setOpen(true)}>
          Erase tracked data
        </button>
      </div>
    );
  }
  return (
    <form action={formAction} className={styles.confirm} aria-label="Confirm erasure">
      <input type="hidden" name="kind" value={kind} />
      <input type="hidden" name="id" value={id} />
      <p>
        {kind === 'user'
          ? 'This permanently deletes their events, sessions, browsers, risk scores and recorded learning outcome, and they are no longer scored for risk. Their account, enrolments, XP and badges stay unless you tick the box.'
          : 'This permanently deletes every event and session of this browser, and the visitor itself.'}{' '}
        Files already delivered to scheduled-export buckets are not touched: remove them there.
      </p>
      <div>
        <label className="label" htmlFor={inputId}>
          Type the {label} to confirm: <code>{confirmWith}</code>
        </label>
        <input
          id={inputId}
          className="input"
          name="confirmation"
          autoComplete="off"
          value={typed}
          onChange={(event) => setTyped(event.target.value)}
        />
      </div>
      {kind === 'user' && (
        <label className={styles.check}>
          <input type="checkbox" name="includeLearningRecords" /> Also delete their learning records (enrolments, XP, badges)
        </label>
      )}
      {state.status === 'error' && (
        <p className={styles.error} role="alert">
          {state.message}
        </p>
      )}
      <div className={styles.row}>
        <button type="submit" className={`button ${styles.danger}`} disabled={!matches || pending}>
          {pending ? 'Erasing…' : 'Erase permanently'}
        </button>
        <button type="button" className="button button-secondary" onClick={() => setOpen(false)} disabled={pending}>
          Cancel
        </button>
      </div>
    </form>
  );
}
