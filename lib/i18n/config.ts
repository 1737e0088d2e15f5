// The languages Pathwise speaks and the names they are stored under (profile column, cookie, catalogue folders).
// Client-safe: the language switcher imports it too.

export const LOCALES = ['en', 'zh-CN'] as const;
export type Locale = (typeof LOCALES)[number];

/** Signed-out pages (login, setup) remember the switcher's choice here; signed-in users keep it in their profile. */
export const LOCALE_COOKIE = 'pathwise-locale';

/** Each language's name in itself, for the switcher. */
export const LOCALE_NAMES: Record<Locale, string> = { en: 'English', 'zh-CN': '简体中文' };

export function isLocale(value: unknown): value is Locale {
  return typeof value === 'string' && (LOCALES as readonly string[]).includes(value);
}

/** The instance default: PATHWISE_DEFAULT_LOCALE when it names a supported locale, else English. */
export function instanceDefaultLocale(value: string | undefined = process.env.PATHWISE_DEFAULT_LOCALE): Locale {
  return isLocale(value) ? value : 'en';
}
