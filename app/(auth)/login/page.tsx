import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import { redirect } from 'next/navigation';
import { getCurrentUser, homePathFor } from '@/lib/auth';
import { safeCallbackPath } from '@/lib/auth/callback-url';
import { signInError } from '@/lib/auth/messages';
import { getDemoLogins } from '@/lib/queries/demo-logins';
import { instanceNeedsSetup } from '@/lib/queries/setup';
import { Brand } from '@/components/shell/brand';
import { LoginForm } from '@/components/auth/login-form';
import styles from '@/components/auth/login.module.css';
import { param, type SearchParamsRecord } from '@/lib/params/search-params';
import { MAIN_ID } from '@/components/shell/skip-link';
import { LanguageSwitcher } from '@/components/shell/language-switcher';

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations('auth'))('title') };
}

export default async function LoginPage({ searchParams }: { searchParams: Promise<SearchParamsRecord> }) {
  const params = await searchParams;
  const callbackUrl = safeCallbackPath(param(params, 'callbackUrl'));
  const user = await getCurrentUser();
  if (user) redirect(callbackUrl ?? (await homePathFor(user)));
  // An empty instance has nobody to sign in as: its first visit creates the admin instead.
  if (await instanceNeedsSetup()) redirect('/setup');
  const [demo, t] = await Promise.all([getDemoLogins(), getTranslations('auth')]);
  const lead = param(params, 'setup') === 'done' ? t('setupDone') : t('lead');

  return (
    <main id={MAIN_ID} tabIndex={-1} className={styles.page}>
      <Brand href="/login" />
      <LoginForm callbackUrl={callbackUrl} initialError={signInError(param(params, 'error'))} demo={demo}>
        <h1 className={styles.heading}>{t('heading')}</h1>
        <p className={styles.lead}>{lead}</p>
      </LoginForm>
      <p className={styles.footer}>{t('footer')}</p>
      <LanguageSwitcher />
    </main>
  );
}
