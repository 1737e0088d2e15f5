import type { ReactNode } from 'react';
import type { SessionUser } from '@/lib/auth/roles';
import { AppHeader } from './app-header';
import styles from './shell.module.css';
import { MAIN_ID } from './skip-link';

/** The parent and student frame: the shared header and one centred column. */
export function SimpleShell({ user, homeHref, children }: { user: SessionUser; homeHref: string; children: ReactNode }) {
  return (
    <>
      <AppHeader user={user} homeHref={homeHref} />
      <main id={MAIN_ID} tabIndex={-1} className={styles.simpleMain}>
        {children}
      </main>
    </>
  );
}
