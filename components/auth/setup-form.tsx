'use client';

import { useTranslations } from 'next-intl';
import { useActionState } from 'react';
import { createFirstAdminAction } from '@/app/(auth)/setup/actions';
import { IDLE } from '@/app/(dashboard)/admin/_components/action-state';
import styles from './login.module.css';

const FIELDS = [
  { name: 'token', label: 'token', type: 'password', autoComplete: 'off' },
  { name: 'name', label: 'name', type: 'text', autoComplete: 'name' },
  { name: 'email', label: 'email', type: 'email', autoComplete: 'username' },
  { name: 'password', label: 'password', type: 'password', autoComplete: 'new-password' },
] as const;

/** The first admin's account; on success the action sends the browser to sign in. */
export function SetupForm() {
  const t = useTranslations('auth.setup');
  const [state, action, pending] = useActionState(createFirstAdminAction, IDLE);
  return (
    <form className={styles.form} action={action} aria-describedby="setup-error">
      <p id="setup-error" role="alert" className={styles.alert}>
        {state.status === 'error' ? state.message : ''}
      </p>
      {FIELDS.map((field) => (
        <div key={field.name}>
          <label className="label" htmlFor={`setup-${field.name}`}>
            {t(field.label)}
          </label>
          <input
            id={`setup-${field.name}`}
            className="input"
            required
            name={field.name}
            type={field.type}
            autoComplete={field.autoComplete}
          />
        </div>
      ))}
      <button type="submit" className={`button ${styles.submit}`} disabled={pending}>
        {pending ? t('submitting') : t('submit')}
      </button>
    </form>
  );
}
