import { cookies } from 'next/headers';
import type { SessionUser } from '@/lib/auth/roles';
import { parseTheme, THEME_COOKIE } from '@/lib/theme';
import { Brand } from './brand';
import { LanguageSwitcher } from './language-switcher';
import { NotificationBell } from './notification-bell';
import { SignOutButton } from './sign-out-button';
import { ThemeToggle } from './theme-toggle';
import { UserBadge } from './user-badge';
import styles from './shell.module.css';

/** The top bar every signed-in page shares: product, theme, language, who is signed in, sign out. */
export async function AppHeader({ user, homeHref }: { user: SessionUser; homeHref: string }) {
  const theme = parseTheme((await cookies()).get(THEME_COOKIE)?.value);
  return (
    <header className={styles.header}>
      <Brand href={homeHref} />
      <div className={styles.headerActions}>
        <NotificationBell user={user} />
        <ThemeToggle initial={theme} />
        <LanguageSwitcher />
        <UserBadge user={user} />
        <SignOutButton />
      </div>
    </header>
  );
}
