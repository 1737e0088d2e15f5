import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import { redirect } from 'next/navigation';
import { instanceNeedsSetup } from '@/lib/queries/setup';
import { setupToken } from '@/lib/setup/setup-token';
import { Brand } from '@/components/shell/brand';
import { SetupForm } from '@/components/auth/setup-form';
import styles from '@/components/auth/login.module.css';
import { MAIN_ID } from '@/components/shell/skip-link';
import { LanguageSwitcher } from '@/components/shell/language-switcher';

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations('auth.setup'))('title') };
}

/** Open only while the instance has no account; afterwards it sends everyone to sign in. */
export default async function SetupPage() {
  if (!(await instanceNeedsSetup())) redirect('/login');
  // Makes sure the token exists and has been printed to the server log.
  setupToken();
  const t = await getTranslations('auth.setup');
  return (
    <main id={MAIN_ID} tabIndex={-1} className={styles.page}>
      <Brand href="/setup" />
      <section className={`card ${styles.card}`}>
        <h1 className={styles.heading}>{t('heading')}</h1>
        <p className={styles.lead}>{t.rich('lead', { code: (chunks) => <code>{chunks}</code> })}</p>
        <SetupForm />
      </section>
      <LanguageSwitcher />
    </main>
  );
}
