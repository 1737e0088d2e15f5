// A translator as plain data-in/text-out, for pure code (chart option builders, table builders):
// next-intl's t() from useTranslations/getTranslations fits it, and so does createTranslator in tests.
import { createTranslator } from 'next-intl';
import type { Locale } from './config';

export type TranslateValues = Record<string, string | number>;
export type Translate = (key: string, values?: TranslateValues) => string;

/** A translator over one namespace of an already-loaded catalogue. */
export function translatorFor(locale: Locale, namespace: string, messages: Record<string, unknown>): Translate {
  const t = createTranslator({ locale, messages: { [namespace]: messages } as never, namespace: namespace as never });
  return (key, values) => (t as unknown as Translate)(key, values);
}
