// next-intl's request configuration (wired in next.config.mjs), "without i18n routing": URLs carry
// no locale; each request's language comes from resolveLocale().
import { cookies, headers } from 'next/headers';
import { getRequestConfig } from 'next-intl/server';
import { getCurrentUser } from '@/lib/auth';
import { userLocale } from '@/lib/queries/user-locale';
import { loadCatalogue } from './catalogue';
import { instanceDefaultLocale, LOCALE_COOKIE } from './config';
import { resolveLocale } from './resolve-locale';

export default getRequestConfig(async () => {
  const [cookieStore, headerStore, user] = await Promise.all([cookies(), headers(), getCurrentUser()]);
  const locale = resolveLocale({
    profile: user ? await userLocale(user.id) : null,
    cookie: cookieStore.get(LOCALE_COOKIE)?.value,
    acceptLanguage: headerStore.get('accept-language'),
    fallback: instanceDefaultLocale(),
  });
  // Instants are formatted in the site's zone by lib/i18n/format.ts; this is only next-intl's own default.
  return { locale, messages: loadCatalogue(locale), timeZone: 'UTC' };
});
