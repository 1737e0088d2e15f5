'use client';
import { useActionState, type ReactNode } from 'react';
import { ActionMessage } from '../../_components/action-message';
import { IDLE } from '../../_components/action-state';
import styles from '../../_components/admin.module.css';
import type { LrsSecretState } from './lrs-secret-state';

/** A form whose action issues an LRS secret (create or rotate), and shows it once. */
export function LrsSecretForm({
  action,
  fields,
  label,
  pendingLabel,
  children,
  ariaLabel,
  secretLabel,
}: {
  action: (previous: LrsSecretState, form: FormData) => Promise<LrsSecretState>;
  fields: Record<string, string>;
  label: string;
  pendingLabel: string;
  children?: ReactNode;
  ariaLabel: string;
  /** The accessible name of the box showing the issued key and secret. */
  secretLabel: string;
}) {
  const [state, formAction, pending] = useActionState<LrsSecretState, FormData>(action, IDLE);
  return (
    <form action={formAction} className={styles.inline} aria-label={ariaLabel}>
      {Object.entries(fields).map(([name, value]) => (
        <input key={name} type="hidden" name={name} value={value} />
      ))}
      {children}
      <button type="submit" className="button button-small button-secondary" disabled={pending}>
        {pending ? pendingLabel : label}
      </button>
      <ActionMessage state={state} />
      {state.secret && (
        <pre className={styles.pre} aria-label={secretLabel} translate="no">
          {`key:    ${state.key}\nsecret: ${state.secret}`}
        </pre>
      )}
    </form>
  );
}
