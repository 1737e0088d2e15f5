'use client';

import { signIn } from 'next-auth/react';
import { useTranslations } from 'next-intl';
import { useState, type FormEvent, type ReactNode } from 'react';
import { signInError, type SignInError } from '@/lib/auth/messages';
import type { Role } from '@/lib/auth/roles';
import styles from './login.module.css';

export type DemoLogins = { accounts: Array<{ email: string; role: Role }>; password: string };

type Props = { callbackUrl: string | null; initialError: SignInError | null; demo: DemoLogins | null; children: ReactNode };

/** The sign-in card (`children` is its heading) and, on demo installs, the demo accounts below it. */
export function LoginForm({ callbackUrl, initialError, demo, children }: Props) {
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');
  const t = useTranslations('auth');
  const [error, setError] = useState<SignInError | null>(initialError);
  const [pending, setPending] = useState(false);

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setPending(true);
    setError(null);
    try {
      const result = await signIn('credentials', { email, password, redirect: false });
      if (!result || result.error || !result.ok) {
        setError(signInError(result?.error ?? 'CredentialsSignin'));
        setPending(false);
        return;
      }
      // A full load, so every server component renders with the new session. "/" sends the
      // user to their role's home page.
      window.location.assign(callbackUrl ?? '/');
    } catch {
      setError({ key: 'unavailable', minutes: 0 });
      setPending(false);
    }
  }

  function fill(account: string) {
    setEmail(account);
    setPassword(demo?.password ?? '');
    setError(null);
  }

  return (
    <>
      <section className={`card ${styles.card}`}>
        {children}
        <form className={styles.form} onSubmit={submit} noValidate aria-describedby="login-error">
          <p id="login-error" role="alert" className={styles.alert}>
            {error ? t(`errors.${error.key}`, { minutes: error.minutes }) : ''}
          </p>
          <div>
            <label className="label" htmlFor="email">
              {t('email')}
            </label>
            <input
              id="email"
              name="email"
              type="email"
              className="input"
              autoComplete="username"
              required
              value={email}
              onChange={(e) => setEmail(e.target.value)}
            />
          </div>
          <div>
            <label className="label" htmlFor="password">
              {t('password')}
            </label>
            <input
              id="password"
              name="password"
              type="password"
              className="input"
              autoComplete="current-password"
              required
              value={password}
              onChange={(e) => setPassword(e.target.value)}
            />
          </div>
          <button type="submit" className={`button ${styles.submit}`} disabled={pending}>
            {pending ? t('submitting') : t('submit')}
          </button>
        </form>
      </section>
      {demo && <DemoTable demo={demo} onFill={fill} />}
    </>
  );
}

function DemoTable({ demo, onFill }: { demo: DemoLogins; onFill: (email: string) => void }) {
  const t = useTranslations('auth.demo');
  const roles = useTranslations('common.roles');
  return (
    <section className={`card ${styles.demo}`} aria-labelledby="demo-heading" data-demo-logins>
      <h2 id="demo-heading">{t('heading')}</h2>
      <p className="muted" style={{ fontSize: '0.85rem' }}>
        {t.rich('password', { password: demo.password, code: (chunks) => <code>{chunks}</code> })}
      </p>
      <table>
        <tbody>
          {demo.accounts.map((account) => (
            <tr key={account.email}>
              <td className={styles.email}>{account.email}</td>
              <td>
                <span className={styles.role}>{roles(account.role)}</span>
              </td>
              <td>
                <button
                  type="button"
                  className="button button-secondary button-small"
                  onClick={() => onFill(account.email)}
                  aria-label={t('fillLabel', { email: account.email })}
                >
                  {t('fill')}
                </button>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}
