import 'server-only';
import { ZodError } from 'zod';
import { getLocale, getTranslations } from 'next-intl/server';
import { HttpError, describeZodError } from '@/lib/http/errors';
import type { ActionState } from './action-state';

/** Error codes with their own sentence in `admin.errors`; other refusals show the library's words. */
const TRANSLATED = new Set([
  'site_key_taken',
  'unknown_site',
  'user_not_found',
  'visitor_not_found',
  'confirmation_mismatch',
  'unauthorized',
  'forbidden',
]);

/**
 * A refused or failed action as a readable message in the reader's language; unexpected errors are
 * logged, not shown. English keeps the library's own (more specific) sentences word for word.
 */
export async function actionError(error: unknown): Promise<ActionState> {
  const t = await getTranslations('admin.errors');
  const english = (await getLocale()) === 'en';
  if (error instanceof HttpError) {
    if (english || !TRANSLATED.has(error.code))
      return { status: 'error', message: english ? error.message : t('invalid', { detail: error.message }) };
    return { status: 'error', message: t(error.code) };
  }
  const detail =
    error instanceof ZodError
      ? describeZodError(error)
      : error instanceof Error && error.name === 'RetentionConfigError'
        ? error.message
        : null;
  if (detail !== null) return { status: 'error', message: english ? detail : t('invalid', { detail }) };
  console.error('[pathwise] admin action failed', error);
  return { status: 'error', message: t('unexpected') };
}
