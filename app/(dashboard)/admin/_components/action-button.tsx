'use client';
import { useActionState } from 'react';
import { ActionMessage } from './action-message';
import { IDLE, type ActionState } from './action-state';
import styles from './admin.module.css';

/** One button that runs a server action on a record (hidden `fields`), with its outcome beside it. */
export function ActionButton({
  action,
  fields,
  label,
  pendingLabel,
  secondary = false,
}: {
  action: (previous: ActionState, form: FormData) => Promise<ActionState>;
  fields: Record<string, string>;
  label: string;
  pendingLabel: string;
  secondary?: boolean;
}) {
  const [state, formAction, pending] = useActionState(action, IDLE);
  return (
    <form action={formAction} className={styles.inline}>
      {Object.entries(fields).map(([name, value]) => (
        <input key={name} type="hidden" name={name} value={value} />
      ))}
      <button type="submit" className={`button button-small${secondary ? ' button-secondary' : ''}`} disabled={pending}>
        {pending ? pendingLabel : label}
      </button>
      <ActionMessage state={state} />
    </form>
  );
}
