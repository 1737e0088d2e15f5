'use server';
import { revalidatePath } from 'next/cache';
import { getLocale, getTranslations } from 'next-intl/server';
import { z } from 'zod';
import { requireRole } from '@/lib/auth';
import { saveDigestSettings } from '@/lib/queries/notifications';
import type { Locale } from '@/lib/i18n/config';
import { hourLabel, weekdayName } from './_components/weekday';
import { actionError } from '../_components/action-error';
import type { ActionState } from '../_components/action-state';

const input = z.object({
  day: z.coerce.number().int(),
  hour: z.coerce.number().int(),
  parentDefaultOptIn: z.literal('on').optional(),
});

export async function saveDigestSettingsAction(_previous: ActionState, form: FormData): Promise<ActionState> {
  try {
    const admin = await requireRole('ADMIN');
    const raw = input.parse(Object.fromEntries(form));
    const saved = await saveDigestSettings(admin, { ...raw, parentDefaultOptIn: raw.parentDefaultOptIn === 'on' });
    revalidatePath('/admin/notifications');
    const locale = (await getLocale()) as Locale;
    const t = await getTranslations('admin.notifications');
    return {
      status: 'ok',
      message: t('saved', {
        day: weekdayName(locale, saved.day),
        hour: hourLabel(locale, saved.hour),
        optIn: String(saved.parentDefaultOptIn),
      }),
    };
  } catch (error) {
    return actionError(error);
  }
}
