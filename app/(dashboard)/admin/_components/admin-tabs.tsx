import Link from 'next/link';
import styles from './admin.module.css';

const TABS = [
  { href: '/admin/privacy', label: 'Privacy requests' },
  { href: '/admin/sites', label: 'Sites & consent' },
  { href: '/admin/notifications', label: 'Notifications' },
  { href: '/admin/risk', label: 'Risk model' },
  { href: '/admin/audit', label: 'Audit log' },
] as const;

/** The admin area's own navigation, until the shell's nav lists these pages. */
export function AdminTabs({ current }: { current: (typeof TABS)[number]['href'] }) {
  return (
    <nav className={styles.tabs} aria-label="Admin pages">
      {TABS.map((tab) => (
        <Link
          key={tab.href}
          href={tab.href}
          className={`${styles.tab} ${tab.href === current ? styles.tabActive : ''}`}
          aria-current={tab.href === current ? 'page' : undefined}
        >
          {tab.label}
        </Link>
      ))}
    </nav>
  );
}
