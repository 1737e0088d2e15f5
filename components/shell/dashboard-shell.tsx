import { useTranslations } from 'next-intl';
import { Suspense, type ReactNode } from 'react';
import type { SiteRef } from '@/lib/access';
import type { SessionUser } from '@/lib/auth/roles';
import { AppHeader } from './app-header';
import { siteTodays } from '@/lib/params/picker-today';
import { DateRangePicker } from './date-range-picker';
import { navFor } from './nav-items';
import { NavLinks } from './nav-links';
import { SitePicker } from './site-picker';
import styles from './shell.module.css';
import { MAIN_ID } from './skip-link';

/** The admin/instructor frame: header, section navigation, site and date filters, then the page. */
export function DashboardShell({ user, sites, children }: { user: SessionUser; sites: SiteRef[]; children: ReactNode }) {
  const t = useTranslations('shell');
  return (
    <>
      <AppHeader user={user} homeHref="/dashboard" />
      <div className={styles.frame}>
        {/* Suspense: the client leaves read the URL's search params. */}
        <Suspense fallback={<nav className={styles.nav} aria-label={t('sections')} />}>
          <NavLinks groups={navFor(user.role)} />
        </Suspense>
        <main id={MAIN_ID} tabIndex={-1} className={styles.main}>
          <div className={styles.content}>
            <div className={styles.toolbar}>
              <Suspense fallback={null}>
                <SitePicker sites={sites.map(({ key, name }) => ({ key, name }))} />
                <DateRangePicker todays={siteTodays(sites, new Date())} />
              </Suspense>
            </div>
            {children}
          </div>
        </main>
      </div>
    </>
  );
}
