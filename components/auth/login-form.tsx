'use client';

import { signIn } from 'next-auth/react';
import { useState, type FormEvent, type ReactNode } from 'react';
import { signInErrorMessage, SIGN_IN_UNAVAILABLE } from '@/lib/auth/messages';
import { ROLE_LABELS, type Role } from '@/lib/auth/roles';
import styles from './login.module.css';

export type DemoLogins = { accounts: Array<{ email: string; role: Role }>; password: string };

type Props = { callbackUrl: string | null; initialError: string | null; demo: DemoLogins | null; children: ReactNode };

/** The sign-in card (`children` is its heading) and, on demo installs, the demo accounts below it. */
export function LoginForm({ callbackUrl, initialError, demo, children }: Props) {
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');
  const [error, setError] = useState<string | null>(initialError);
  const [pending, setPending] = useState(false);

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setPending(true);
    setError(null);
    try {
      const result = await signIn('credentials', { email, password, redirect: false });
      if (!result || result.error || !result.ok) {
        setError(signInErrorMessage(result?.error ?? 'CredentialsSignin'));
        setPending(false);
        return;
      }
      // A full load, so every server component renders with the new session. "/" sends the
      // user to their role's home page.
      window.location.assign(callbackUrl ?? '/');
    } catch {
      setError(SIGN_IN_UNAVAILABLE);
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
            {error ?? ''}
          </p>
          <div>
            <label className="label" htmlFor="email">
              Email
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
              Password
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
            {pending ? 'Signing in…' : 'Sign in'}
          </button>
        </form>
      </section>
      {demo && <DemoTable demo={demo} onFill={fill} />}
    </>
  );
}

function DemoTable({ demo, onFill }: { demo: DemoLogins; onFill: (email: string) => void }) {
  return (
    <section className={`card ${styles.demo}`} aria-labelledby="demo-heading" data-demo-logins>
      <h2 id="demo-heading">Demo accounts</h2>
      <p className="muted" style={{ fontSize: '0.85rem' }}>
        All use the password <code>{demo.password}</code>.
      </p>
      <table>
        <tbody>
          {demo.accounts.map((account) => (
            <tr key={account.email}>
              <td className={styles.email}>{account.email}</td>
              <td>
                <span className={styles.role}>{ROLE_LABELS[account.role]}</span>
              </td>
              <td>
                <button
                  type="button"
                  className="button button-secondary button-small"
                  onClick={() => onFill(account.email)}
                  aria-label={`Fill in ${account.email}`}
                >
                  Fill
                </button>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}
