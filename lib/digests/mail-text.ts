// The words and formats of one e-mail, in its recipient's language. The digest job has no request
// (no next-intl request config), so the translator is createTranslator (use-intl's core, under
// next-intl) over the catalogue. English by default, from the JSON files themselves, so rendering stays pure.
import enEmail from '@/lib/i18n/messages/en/email.json';
import enParent from '@/lib/i18n/messages/en/parent.json';
import enRisk from '@/lib/i18n/messages/en/risk.json';
import type { Messages } from '@/lib/i18n/catalogue';
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

export const EN_MAIL_TEXT = mailText('en', { email: enEmail, parent: enParent, risk: enRisk });

/** A recipient's language: their profile's choice, else the instance default (no browser to ask). */
export function recipientLocale(profileLocale: string | null | undefined): Locale {
  return isLocale(profileLocale) ? profileLocale : instanceDefaultLocale();
}
