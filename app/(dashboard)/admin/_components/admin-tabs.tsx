import Link from 'next/link';
import { useTranslations } from 'next-intl';
import styles from './admin.module.css';

const TABS = [
  { href: '/admin/privacy', key: 'privacy' },
  { href: '/admin/sites', key: 'sites' },
  { href: '/admin/notifications', key: 'notifications' },
  { href: '/admin/risk', key: 'risk' },
  { href: '/admin/audit', key: 'audit' },
] as const;

/** The admin area's own navigation, until the shell's nav lists these pages. */
export function AdminTabs({ current }: { current: (typeof TABS)[number]['href'] }) {
  const t = useTranslations('admin.tabs');
  return (
    <nav className={styles.tabs} aria-label={t('label')}>
      {TABS.map((tab) => (
        <Link
          key={tab.href}
          href={tab.href}
          className={`${styles.tab} ${tab.href === current ? styles.tabActive : ''}`}
          aria-current={tab.href === current ? 'page' : undefined}
        >
          {t(tab.key)}
        </Link>
      ))}
    </nav>
  );
}
