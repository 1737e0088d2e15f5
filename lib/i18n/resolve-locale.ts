// Which language a request is answered in. Pure, so the order is unit-tested:
// the signed-in user's profile, else the switcher's cookie, else the browser's Accept-Language, else the instance default.
import { isLocale, LOCALES, type Locale } from './config';

export type LocaleSources = {
  profile?: string | null;
  cookie?: string | null;
  acceptLanguage?: string | null;
  fallback: Locale;
};

export function resolveLocale({ profile, cookie, acceptLanguage, fallback }: LocaleSources): Locale {
  if (isLocale(profile)) return profile;
  if (isLocale(cookie)) return cookie;
  return matchAcceptLanguage(acceptLanguage) ?? fallback;
}

/**
 * The best supported locale for an Accept-Language header, by q-value then order. A tag matches a
 * locale exactly or by its language: any `zh` (zh, zh-Hans, zh-SG, zh-TW) gets the one Chinese we
 * have, any `en-*` gets English. `*` and unknown languages match nothing, so the default applies.
 */
export function matchAcceptLanguage(header: string | null | undefined): Locale | null {
  if (!header) return null;
  const ranges = header
    .split(',')
    .map((part, index) => {
      const [tag = '', ...params] = part.trim().split(';');
      const q = params.map((param) => param.trim()).find((param) => param.startsWith('q='));
      const quality = q === undefined ? 1 : Number(q.slice(2));
      return { tag: tag.trim().toLowerCase(), quality: Number.isFinite(quality) ? quality : 0, index };
    })
    .filter((range) => range.tag !== '' && range.quality > 0)
    .sort((a, b) => b.quality - a.quality || a.index - b.index);
  for (const { tag } of ranges) {
    const exact = LOCALES.find((locale) => locale.toLowerCase() === tag);
    if (exact) return exact;
    const language = tag.split('-')[0];
    const byLanguage = LOCALES.find((locale) => locale.toLowerCase().split('-')[0] === language);
    if (byLanguage) return byLanguage;
  }
  return null;
}
