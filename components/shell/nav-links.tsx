'use client';

import Link from 'next/link';
import { usePathname, useSearchParams } from 'next/navigation';
import { useTranslations } from 'next-intl';
import { useState } from 'react';
import type { NavGroup } from './nav-items';
import styles from './shell.module.css';

const FILTER_KEYS = ['site', 'range', 'from', 'to'];

function isActive(pathname: string, href: string): boolean {
  return href === '/dashboard' ? pathname === href : pathname === href || pathname.startsWith(`${href}/`);
}

/** Section navigation. Links keep the current site and dates; on a phone it folds into a menu. */
export function NavLinks({ groups }: { groups: NavGroup[] }) {
  const pathname = usePathname();
  const searchParams = useSearchParams();
  const t = useTranslations('shell');
  const [open, setOpen] = useState(false);

  const kept = new URLSearchParams();
  for (const key of FILTER_KEYS) {
    const value = searchParams.get(key);
    if (value) kept.set(key, value);
  }
  const query = kept.toString();
  const current = groups.flatMap((group) => group.items).find((item) => isActive(pathname, item.href));

  return (
    <nav className={styles.nav} aria-label={t('sections')} data-open={open || undefined}>
      <button type="button" className={styles.menuButton} aria-expanded={open} aria-controls="section-links" onClick={() => setOpen(!open)}>
        <svg
          width="18"
          height="18"
          viewBox="0 0 24 24"
          aria-hidden="true"
          fill="none"
          stroke="currentColor"
          strokeWidth="2"
          strokeLinecap="round"
        >
          <path d="M4 6h16M4 12h16M4 18h16" />
        </svg>
        <span>{current ? t(`nav.${current.label}`) : t('menu')}</span>
      </button>
      <div id="section-links" className={styles.navGroups}>
        {groups.map((group) => (
          <div key={group.label} className={styles.navGroup}>
            <p className={styles.navGroupLabel}>{t(`groups.${group.label}`)}</p>
            <ul>
              {group.items.map((item) => {
                const active = isActive(pathname, item.href);
                const href = item.keepsFilters && query ? `${item.href}?${query}` : item.href;
                return (
                  <li key={item.href}>
                    <Link href={href} className={styles.navLink} aria-current={active ? 'page' : undefined} onClick={() => setOpen(false)}>
                      {t(`nav.${item.label}`)}
                    </Link>
                  </li>
                );
              })}
            </ul>
          </div>
        ))}
      </div>
    </nav>
  );
}
