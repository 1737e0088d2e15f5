import Link from 'next/link';
import { getTranslations } from 'next-intl/server';
import type { SessionUser } from '@/lib/auth/roles';
import { unreadNotificationCount } from '@/lib/queries/notifications';

/** Staff only: the bell in the header, with the number of unread alerts. */
export async function NotificationBell({ user }: { user: SessionUser }) {
  if (user.role !== 'ADMIN' && user.role !== 'INSTRUCTOR') return null;
  const [unread, t] = await Promise.all([unreadNotificationCount(user), getTranslations('shell')]);
  return (
    <Link
      href="/dashboard/notifications"
      aria-label={unread ? t('notificationsUnread', { count: unread }) : t('notifications')}
      data-testid="notification-bell"
      style={{ position: 'relative', textDecoration: 'none', fontSize: '1.1rem', padding: '0 4px' }}
    >
      <span aria-hidden="true">🔔</span>
      {unread > 0 && (
        <span
          aria-hidden="true"
          style={{
            position: 'absolute',
            top: -6,
            right: -8,
            background: '#dc2626',
            color: '#fff',
            borderRadius: 999,
            fontSize: '0.65rem',
            padding: '1px 5px',
          }}
        >
          {unread > 99 ? '99+' : unread}
        </span>
      )}
    </Link>
  );
}
