'use client';
import { useActionState, useId, type ReactNode } from 'react';
import { DataName } from '../../_components/data-name';
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
  name,
  secretLabel,
}: {
  action: (previous: LrsSecretState, form: FormData) => Promise<LrsSecretState>;
  fields: Record<string, string>;
  label: string;
  pendingLabel: string;
  children?: ReactNode;
  /** The form's accessible name (rich: it may mark a key as data). */
  name: ReactNode;
  /** The accessible name of the box showing the issued key and secret. */
  secretLabel: string;
}) {
  const [state, formAction, pending] = useActionState<LrsSecretState, FormData>(action, IDLE);
  const nameId = useId();
  return (
    <form action={formAction} className={styles.inline} aria-labelledby={nameId}>
      <DataName id={nameId}>{name}</DataName>
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
