'use server';
// Server actions of /admin/privacy. Each checks the role itself: a server action is a public
// endpoint, whatever the page around it shows.
import { revalidatePath } from 'next/cache';
import { getTranslations } from 'next-intl/server';
import { z } from 'zod';
import { requireRole } from '@/lib/auth';
import { eraseConfirmed } from '@/lib/privacy/erasure';
import { saveRetentionOverride } from '@/lib/privacy/retention-override';
import { actionError } from '../_components/action-error';
import type { ActionState } from '../_components/action-state';

const eraseInput = z.object({
  kind: z.enum(['user', 'visitor']),
  id: z.string().min(1).max(200),
  confirmation: z.string().max(320),
  includeLearningRecords: z.literal('on').optional(),
});

export async function eraseAction(_previous: ActionState, form: FormData): Promise<ActionState> {
  try {
    const admin = await requireRole('ADMIN');
    const input = eraseInput.parse(Object.fromEntries(form));
    const result = await eraseConfirmed(admin, { ...input, includeLearningRecords: input.includeLearningRecords === 'on' });
    revalidatePath('/admin/privacy');
    const t = await getTranslations('admin.privacy.erase');
    const riskScores = 'riskScores' in result ? t('riskScores', { count: result.riskScores }) : '';
    return {
      status: 'ok',
      message: t('done', { events: result.events, sessions: result.sessions, visitors: result.visitors, riskScores }),
    };
  } catch (error) {
    return actionError(error);
  }
}

// Empty fields mean "use the environment's value"; the rest is checked by the retention schema.
const days = z.preprocess((value) => (value === '' || value === null || value === undefined ? undefined : Number(value)), z.unknown());

export async function saveRetentionAction(_previous: ActionState, form: FormData): Promise<ActionState> {
  try {
    const admin = await requireRole('ADMIN');
    const input = z.object({ anonymiseAfterDays: days, deleteAfterDays: days }).parse(Object.fromEntries(form));
    const config = await saveRetentionOverride(admin, input);
    revalidatePath('/admin/privacy');
    const t = await getTranslations('admin.privacy.retention');
    return { status: 'ok', message: t('saved', { anonymise: config.anonymiseAfterDays, delete: config.deleteAfterDays }) };
  } catch (error) {
    return actionError(error);
  }
}
