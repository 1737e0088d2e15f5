import 'server-only';
import { getTranslations } from 'next-intl/server';
import type { ParamNotice } from '@/lib/params/notice';

/** The ignored-parameter notice (lib/params/notice.ts) in the reader's language; null stays null. */
export async function paramNoticeText(notice: ParamNotice | null): Promise<string | null> {
  if (!notice) return null;
  const t = await getTranslations('params');
  return t(notice.key, notice.values);
}
