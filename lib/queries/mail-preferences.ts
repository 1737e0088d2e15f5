import 'server-only';
import { db } from '@/lib/db';
import type { SessionUser } from '@/lib/auth/roles';
import { setDigestOptIn, unsubscribeByToken } from '@/lib/digests/preferences';
import { loadDigestSettings } from '@/lib/digests/settings';
import { verifyUnsubscribeToken } from '@/lib/digests/unsubscribe';
import { instanceDefaultLocale, type Locale } from '@/lib/i18n/config';
import { resolveLocale } from '@/lib/i18n/resolve-locale';
import { userLocale } from './user-locale';

/**
 * The unsubscribe page's language: the profile choice of the person the token names (the mail was
 * in it), else the browser's, else the instance default. A forged token only gets the browser's.
 */
export async function unsubscribeLocale(token: string, acceptLanguage: string | null): Promise<Locale> {
  const userId = verifyUnsubscribeToken(token);
  return resolveLocale({ profile: userId ? await userLocale(userId) : null, acceptLanguage, fallback: instanceDefaultLocale() });
}

/** The signed one-click unsubscribe; false for a token we did not sign. */
export function unsubscribe(token: string): Promise<boolean> {
  return unsubscribeByToken(db, token);
}

/** Whether `user` gets the weekly e-mail now (no choice yet: instructors yes, parents the school's default). */
export async function digestSubscription(user: SessionUser): Promise<boolean> {
  const [preference, settings] = await Promise.all([db.mailPreference.findUnique({ where: { userId: user.id } }), loadDigestSettings(db)]);
  if (preference?.unsubscribedAt) return false;
  return preference?.digestOptIn ?? (user.role === 'PARENT' ? settings.parentDefaultOptIn : true);
}

export function changeDigestSubscription(user: SessionUser, optIn: boolean): Promise<void> {
  return setDigestOptIn(db, user.id, optIn);
}
