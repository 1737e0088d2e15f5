import { useTranslations } from 'next-intl';
import type { SessionUser } from '@/lib/auth/roles';
import styles from './shell.module.css';

export function UserBadge({ user }: { user: SessionUser }) {
  const t = useTranslations('common.roles');
  const initials = user.name
    .split(/\s+/)
    .filter(Boolean)
    .slice(0, 2)
    .map((part) => part[0]?.toUpperCase())
    .join('');
  return (
    <div className={styles.user} title={user.email}>
      <span className={styles.avatar} aria-hidden="true" translate="no">
        {initials || '?'}
      </span>
      <span className={styles.userText}>
        <span className={styles.userName} translate="no">
          {user.name}
        </span>
        <span className={styles.userRole}>{t(user.role)}</span>
      </span>
    </div>
  );
}
