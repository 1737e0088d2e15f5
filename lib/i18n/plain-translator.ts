// A translator from use-intl's core (the library under next-intl), with no React in its imports:
// for code that also runs in plain Node under the react-server condition (the digest job, the
// integration tests), where importing 'next-intl' itself pulls in its client provider.
import { createTranslator } from 'use-intl/core';
import type { Locale } from './config';
import type { Translate } from './translate';

/** A translator over `messages` (a whole catalogue, or `{ [namespace]: … }`), optionally narrowed to `namespace`. */
export function plainTranslator(locale: Locale, messages: Record<string, unknown>, namespace?: string): Translate {
  const t = createTranslator({ locale, messages: messages as never, namespace: namespace as never });
  return (key, values) => (t as unknown as Translate)(key, values);
}
