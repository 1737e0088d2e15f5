import 'server-only';
import { z } from 'zod';
import { requireOutcomeRecorder } from '@/lib/access';
import type { SessionUser } from '@/lib/auth/roles';
import { recordAudit } from '@/lib/audit';
import { db } from '@/lib/db';

const DAY = /^\d{4}-\d{2}-\d{2}$/;

function realDay(value: string): boolean {
  const at = new Date(`${value}T00:00:00Z`);
  return !Number.isNaN(at.getTime()) && at.toISOString().slice(0, 10) === value;
}

/** "Left the course on …": a calendar day, not in the future (a day of slack for time zones). */
export const leftCourseInputSchema = z.object({
  leftOn: z
    .string({ error: 'Choose the day the student left.' })
    .trim()
    .regex(DAY, 'Choose the day the student left (YYYY-MM-DD).')
    // 2026-02-30 would parse as 2 March: a real day comes back as itself.
    .refine((value) => realDay(value), 'That is not a real date.')
    .transform((value) => new Date(`${value}T00:00:00Z`))
    .refine((at) => at.getTime() <= Date.now() + 86_400_000, 'The day cannot be in the future.'),
});
export type LeftCourseInput = z.input<typeof leftCourseInputSchema>;

export type StudentOutcomeView = { droppedOut: boolean; at: string; source: string; by: string | null };

/** Records that a student left, by staff who may see them (403/404 otherwise), audited. */
export async function recordLeftCourse(user: SessionUser, studentId: string, input: LeftCourseInput): Promise<void> {
  await requireOutcomeRecorder(user, studentId);
  const { leftOn } = leftCourseInputSchema.parse(input);
  await db.$transaction(async (tx) => {
    const data = { droppedOut: true, at: leftOn, source: 'staff', recordedById: user.id };
    await tx.studentOutcome.upsert({ where: { userId: studentId }, create: { userId: studentId, ...data }, update: data });
    await recordAudit(tx, {
      actorId: user.id,
      action: 'outcome.record',
      target: `user:${studentId}`,
      details: { droppedOut: true, leftOn: leftOn.toISOString().slice(0, 10) },
    });
  });
}

/** The student's known outcome (imported or recorded by staff), for staff who may see them. */
export async function getStudentOutcome(user: SessionUser, studentId: string): Promise<StudentOutcomeView | null> {
  await requireOutcomeRecorder(user, studentId);
  const row = await db.studentOutcome.findUnique({
    where: { userId: studentId },
    select: { droppedOut: true, at: true, source: true, recordedBy: { select: { name: true } } },
  });
  return row ? { droppedOut: row.droppedOut, at: row.at.toISOString(), source: row.source, by: row.recordedBy?.name ?? null } : null;
}
