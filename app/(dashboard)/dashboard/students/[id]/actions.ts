'use server';
// The student page's actions: record an outreach, a "not useful" or a note; record that the student
// left the course. The role and the
// student's visibility are checked in lib/queries/outreach.ts, whatever the page shows.
import { revalidatePath } from 'next/cache';
import { requireRole } from '@/lib/auth';
import { outreachInputSchema, recordOutreach } from '@/lib/queries/outreach';
import { getTranslations } from 'next-intl/server';
import { getFormat } from '@/lib/i18n/server';
import { leftCourseInputSchema, recordLeftCourse } from '@/lib/queries/student-outcome';
import { actionError } from '../../../admin/_components/action-error';
import type { ActionState } from '../../../admin/_components/action-state';

export async function recordOutreachAction(studentId: string, _previous: ActionState, form: FormData): Promise<ActionState> {
  try {
    const user = await requireRole('ADMIN', 'INSTRUCTOR');
    const input = outreachInputSchema.parse({ kind: form.get('kind'), note: form.get('note') ?? null });
    await recordOutreach(user, studentId, input);
    revalidatePath(`/dashboard/students/${studentId}`);
    revalidatePath('/dashboard/students');
    const t = await getTranslations('learning.student.outreach');
    return { status: 'ok', message: t(`recorded.${input.kind}`) };
  } catch (error) {
    return actionError(error);
  }
}

export async function recordLeftCourseAction(studentId: string, _previous: ActionState, form: FormData): Promise<ActionState> {
  try {
    const user = await requireRole('ADMIN', 'INSTRUCTOR');
    const input = { leftOn: String(form.get('leftOn') ?? '') };
    const { leftOn } = leftCourseInputSchema.parse(input);
    await recordLeftCourse(user, studentId, input);
    revalidatePath(`/dashboard/students/${studentId}`);
    const t = await getTranslations('learning.student.outcome');
    const f = await getFormat('UTC');
    return { status: 'ok', message: t('recorded', { day: f.day(leftOn.toISOString()) }) };
  } catch (error) {
    return actionError(error);
  }
}
