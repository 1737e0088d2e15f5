'use server';
import { revalidatePath } from 'next/cache';
import { z } from 'zod';
import { requireRole } from '@/lib/auth';
import { saveDigestSettings } from '@/lib/queries/notifications';
import { WEEKDAYS } from '@/lib/digests/settings';
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
    return {
      status: 'ok',
      message: `Saved: every ${WEEKDAYS[saved.day]} at ${String(saved.hour).padStart(2, '0')}:00 UTC; parents ${saved.parentDefaultOptIn ? 'get the summary unless they opt out' : 'get it only if they opt in'}.`,
    };
  } catch (error) {
    return actionError(error);
  }
}
