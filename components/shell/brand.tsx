import Link from 'next/link';
import { useTranslations } from 'next-intl';
import styles from './shell.module.css';

/** The product mark: a path through three points. */
export function Brand({ href = '/' }: { href?: string }) {
  const t = useTranslations('shell');
  return (
    <Link href={href} className={styles.brand} aria-label={t('brandHome')}>
      <svg width="26" height="26" viewBox="0 0 32 32" aria-hidden="true">
        <rect width="32" height="32" rx="8" fill="var(--accent)" />
        <path d="M8 22c4 0 4-10 8-10s4 6 8 6" fill="none" stroke="var(--accent-contrast)" strokeWidth="2.6" strokeLinecap="round" />
        <circle cx="8" cy="22" r="2.4" fill="var(--accent-contrast)" />
        <circle cx="24" cy="18" r="2.4" fill="var(--accent-contrast)" />
      </svg>
      <span>Pathwise</span>
    </Link>
  );
}
