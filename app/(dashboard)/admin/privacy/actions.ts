'use server';
// Server actions of /admin/privacy. Each checks the role itself: a server action is a public
// endpoint, whatever the page around it shows.
import { revalidatePath } from 'next/cache';
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
    const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;
    const removed = [plural(result.events, 'event'), plural(result.sessions, 'session'), plural(result.visitors, 'visitor')];
    if ('riskScores' in result) removed.push(plural(result.riskScores, 'risk score'));
    return { status: 'ok', message: `Erased: ${removed.join(', ')}. The erasure is in the audit log.` };
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
    return {
      status: 'ok',
      message: `Saved: anonymise after ${config.anonymiseAfterDays} days, delete after ${config.deleteAfterDays} days.`,
    };
  } catch (error) {
    return actionError(error);
  }
}
