// A translator as plain data-in/text-out, for pure code (chart option builders, table builders):
// next-intl's t() from useTranslations/getTranslations fits it; the default comes from use-intl's core (next-intl's
// own engine, which needs no React, so it also runs under the unit tests' react-server condition).
import { createTranslator } from 'use-intl/core';
import type { Locale } from './config';

export type TranslateValues = Record<string, string | number>;
export type Translate = (key: string, values?: TranslateValues) => string;

/** A translator over one namespace of an already-loaded catalogue. */
export function translatorFor(locale: Locale, namespace: string, messages: Record<string, unknown>): Translate {
  const t = createTranslator({ locale, messages: { [namespace]: messages } as never, namespace: namespace as never });
  return (key, values) => (t as unknown as Translate)(key, values);
}
