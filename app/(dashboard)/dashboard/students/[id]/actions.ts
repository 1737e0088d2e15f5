'use server';
// The student page's one action: record an outreach, a "not useful" or a note. The role and the
// student's visibility are checked in lib/queries/outreach.ts, whatever the page shows.
import { revalidatePath } from 'next/cache';
import { requireRole } from '@/lib/auth';
import { outreachInputSchema, recordOutreach } from '@/lib/queries/outreach';
import { OUTREACH_LABELS } from '@/lib/outreach/kinds';
import { actionError } from '../../../admin/_components/action-error';
import type { ActionState } from '../../../admin/_components/action-state';

export async function recordOutreachAction(studentId: string, _previous: ActionState, form: FormData): Promise<ActionState> {
  try {
    const user = await requireRole('ADMIN', 'INSTRUCTOR');
    const input = outreachInputSchema.parse({ kind: form.get('kind'), note: form.get('note') ?? null });
    await recordOutreach(user, studentId, input);
    revalidatePath(`/dashboard/students/${studentId}`);
    revalidatePath('/dashboard/students');
    return { status: 'ok', message: `Recorded: ${OUTREACH_LABELS[input.kind].toLowerCase()}.` };
  } catch (error) {
    return actionError(error);
  }
}
