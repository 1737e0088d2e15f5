// The words and formats of one e-mail, in its recipient's language. The digest job has no request
// (no next-intl request config), so the translator is createTranslator (use-intl's core, under
// next-intl) over the catalogue. English by default, so rendering stays pure.
import { loadCatalogue, type Messages } from '@/lib/i18n/catalogue';
import { instanceDefaultLocale, isLocale, type Locale } from '@/lib/i18n/config';
import { createFormatter, type Formatter } from '@/lib/i18n/format';
import { plainTranslator } from '@/lib/i18n/plain-translator';
import type { Translate } from '@/lib/i18n/translate';
import type { RiskWords } from './factor-words';

/** `t` reads any namespace by full key ("email.parent.subject"); `in(ns)` narrows it ("risk" → "words.streak"). */
export type MailText = { locale: Locale; t: Translate; format: Formatter; in: (namespace: string) => Translate; risk: RiskWords };

export function mailText(locale: Locale, messages: Messages, timeZone = 'UTC'): MailText {
  const translate = plainTranslator(locale, messages);
  const format = createFormatter(locale, timeZone);
  const scoped =
    (namespace: string): Translate =>
    (key, values) =>
      translate(`${namespace}.${key}`, values);
  return { locale, t: translate, format, in: scoped, risk: { t: scoped('risk'), format } };
}

// Read from the catalogue files rather than imported as JSON modules: Playwright's loader (the
// digest-render spec renders mail in a browser) needs import attributes for JSON, Next does not.
export const EN_MAIL_TEXT = mailText('en', loadCatalogue('en'));

/** A recipient's language: their profile's choice, else the instance default (no browser to ask). */
export function recipientLocale(profileLocale: string | null | undefined): Locale {
  return isLocale(profileLocale) ? profileLocale : instanceDefaultLocale();
}
