'use client';

import { useActionState } from 'react';
import { createFirstAdminAction } from '@/app/(auth)/setup/actions';
import { IDLE } from '@/app/(dashboard)/admin/_components/action-state';
import styles from './login.module.css';

const FIELDS = [
  { name: 'token', label: 'Setup token', type: 'password', autoComplete: 'off' },
  { name: 'name', label: 'Your name', type: 'text', autoComplete: 'name' },
  { name: 'email', label: 'Email', type: 'email', autoComplete: 'username' },
  { name: 'password', label: 'Password (at least 12 characters)', type: 'password', autoComplete: 'new-password' },
] as const;

/** The first admin's account; on success the action sends the browser to sign in. */
export function SetupForm() {
  const [state, action, pending] = useActionState(createFirstAdminAction, IDLE);
  return (
    <form className={styles.form} action={action} aria-describedby="setup-error">
      <p id="setup-error" role="alert" className={styles.alert}>
        {state.status === 'error' ? state.message : ''}
      </p>
      {FIELDS.map((field) => (
        <div key={field.name}>
          <label className="label" htmlFor={`setup-${field.name}`}>
            {field.label}
          </label>
          <input id={`setup-${field.name}`} className="input" required {...field} />
        </div>
      ))}
      <button type="submit" className={`button ${styles.submit}`} disabled={pending}>
        {pending ? 'Creating…' : 'Create the admin account'}
      </button>
    </form>
  );
}
