'use client';
import { useActionState } from 'react';
import { runNowAction, type FormState } from './actions';
import styles from './exports-admin.module.css';

export function RunNowButton({ id }: { id: string }) {
  const [state, action, pending] = useActionState<FormState, FormData>(runNowAction, { ok: true, message: null });
  return (
    <form action={action} className={styles.inline}>
      <input type="hidden" name="id" value={id} />
      <button type="submit" className="button button-small" disabled={pending}>
        {pending ? 'Running…' : 'Run now'}
      </button>
      {state.message && (
        <span role="status" className={state.ok ? 'muted' : styles.error}>
          {state.message}
        </span>
      )}
    </form>
  );
}
