import type { Metadata } from 'next';
import { redirect } from 'next/navigation';
import { instanceNeedsSetup } from '@/lib/queries/setup';
import { setupToken } from '@/lib/setup/setup-token';
import { Brand } from '@/components/shell/brand';
import { SetupForm } from '@/components/auth/setup-form';
import styles from '@/components/auth/login.module.css';
import { MAIN_ID } from '@/components/shell/skip-link';

export const metadata: Metadata = { title: 'Set up' };

/** Open only while the instance has no account; afterwards it sends everyone to sign in. */
export default async function SetupPage() {
  if (!(await instanceNeedsSetup())) redirect('/login');
  // Makes sure the token exists and has been printed to the server log.
  setupToken();
  return (
    <main id={MAIN_ID} tabIndex={-1} className={styles.page}>
      <Brand href="/setup" />
      <section className={`card ${styles.card}`}>
        <h1 className={styles.heading}>Set up Pathwise</h1>
        <p className={styles.lead}>
          This instance has no accounts yet. Create the first admin. The setup token is printed in the server log (or is
          PATHWISE_SETUP_TOKEN); from a shell, <code>npm run user -- create --role admin --email …</code> does the same.
        </p>
        <SetupForm />
      </section>
    </main>
  );
}
