import type { Metadata } from 'next';
import { redirect } from 'next/navigation';
import { getCurrentUser, homePathFor } from '@/lib/auth';
import { safeCallbackPath } from '@/lib/auth/callback-url';
import { signInErrorMessage } from '@/lib/auth/messages';
import { getDemoLogins } from '@/lib/queries/demo-logins';
import { instanceNeedsSetup } from '@/lib/queries/setup';
import { Brand } from '@/components/shell/brand';
import { LoginForm } from '@/components/auth/login-form';
import styles from '@/components/auth/login.module.css';
import { param, type SearchParamsRecord } from '@/lib/params/search-params';
import { MAIN_ID } from '@/components/shell/skip-link';

export const metadata: Metadata = { title: 'Sign in' };

export default async function LoginPage({ searchParams }: { searchParams: Promise<SearchParamsRecord> }) {
  const params = await searchParams;
  const callbackUrl = safeCallbackPath(param(params, 'callbackUrl'));
  const user = await getCurrentUser();
  if (user) redirect(callbackUrl ?? (await homePathFor(user)));
  // An empty instance has nobody to sign in as: its first visit creates the admin instead.
  if (await instanceNeedsSetup()) redirect('/setup');
  const demo = await getDemoLogins();
  const lead = param(params, 'setup') === 'done' ? 'Setup is complete. Sign in with the admin account you just created.' : null;

  return (
    <main id={MAIN_ID} tabIndex={-1} className={styles.page}>
      <Brand href="/login" />
      <LoginForm callbackUrl={callbackUrl} initialError={signInErrorMessage(param(params, 'error'))} demo={demo}>
        <h1 className={styles.heading}>Sign in</h1>
        <p className={styles.lead}>{lead ?? 'Welcome back. Use the account your school gave you.'}</p>
      </LoginForm>
      <p className={styles.footer}>Pathwise · self-hosted learning analytics</p>
    </main>
  );
}
