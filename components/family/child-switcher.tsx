import Link from 'next/link';
import { useTranslations } from 'next-intl';
import type { ChildRef } from '@/lib/queries/children';
import styles from './family.module.css';

/** Tabs between a parent's children; hidden when there is only one. */
export function ChildSwitcher({ items, currentId }: { items: ChildRef[]; currentId: string }) {
  const t = useTranslations('parent');
  if (items.length < 2) return null;
  return (
    <nav className={styles.switcher} aria-label={t('switcher')}>
      {items.map((child) => (
        <Link key={child.id} href={`/children/${child.id}`} aria-current={child.id === currentId ? 'page' : undefined} translate="no">
          {child.name}
        </Link>
      ))}
    </nav>
  );
}
