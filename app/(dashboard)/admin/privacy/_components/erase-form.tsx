'use client';
import { useActionState, useId, useState } from 'react';
import { useTranslations } from 'next-intl';
import { eraseAction } from '../actions';
import { IDLE } from '../../_components/action-state';
import styles from '../../_components/admin.module.css';

/**
 * Two steps: "Erase tracked data" opens the confirmation, which only submits once the admin has
 * typed the person's e-mail (or the visitor id). The server checks the same thing again.
 */
export function EraseForm({ kind, id, confirmWith, label }: { kind: 'user' | 'visitor'; id: string; confirmWith: string; label: string }) {
  const t = useTranslations('admin.privacy.erase');
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
          {t('open')}
        </button>
      </div>
    );
  }
  return (
    <form action={formAction} className={styles.confirm} aria-label={t('form')}>
      <input type="hidden" name="kind" value={kind} />
      <input type="hidden" name="id" value={id} />
      <p>
        {kind === 'user' ? t('user') : t('visitor')} {t('buckets')}
      </p>
      <div>
        <label className="label" htmlFor={inputId}>
          {t('typeToConfirm', { label })} <code>{confirmWith}</code>
        </label>
        <input
          id={inputId}
          className="input"
          translate="no"
          name="confirmation"
          autoComplete="off"
          value={typed}
          onChange={(event) => setTyped(event.target.value)}
        />
      </div>
      {kind === 'user' && (
        <label className={styles.check}>
          <input type="checkbox" name="includeLearningRecords" /> {t('learningRecords')}
        </label>
      )}
      {state.status === 'error' && (
        <p className={styles.error} role="alert">
          {state.message}
        </p>
      )}
      <div className={styles.row}>
        <button type="submit" className={`button ${styles.danger}`} disabled={!matches || pending}>
          {pending ? t('pending') : t('submit')}
        </button>
        <button type="button" className="button button-secondary" onClick={() => setOpen(false)} disabled={pending}>
          {t('cancel')}
        </button>
      </div>
    </form>
  );
}
