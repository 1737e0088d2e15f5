import 'server-only';
import { z } from 'zod';
import { requireStaff, requireVisibleStudent, visibleStudentsWhere } from '@/lib/access';
import type { SessionUser } from '@/lib/auth/roles';
import { recordAudit } from '@/lib/audit';
import { db } from '@/lib/db';
import { OUTREACH_KINDS, type OutreachKind } from '@/lib/outreach/kinds';

export const outreachInputSchema = z.object({
  kind: z.enum(OUTREACH_KINDS),
  note: z
    .string()
    .trim()
    .max(500, 'A note is at most 500 characters.')
    .transform((value) => value || null)
    .nullable()
    .optional(),
});
export type OutreachInput = z.infer<typeof outreachInputSchema>;

export type OutreachRow = { id: string; kind: OutreachKind; note: string | null; at: string; by: string | null };

/** Records what `user` did about a student they may see (404 otherwise), audited. */
export async function recordOutreach(user: SessionUser, studentId: string, input: OutreachInput): Promise<{ id: string }> {
  requireStaff(user);
  await requireVisibleStudent(user, studentId);
  const { kind, note } = outreachInputSchema.parse(input);
  if (kind === 'NOTE' && !note) throw new z.ZodError([{ code: 'custom', path: ['note'], message: 'Write the note first.', input: note }]);
  return db.$transaction(async (tx) => {
    const row = await tx.outreach.create({ data: { studentId, staffId: user.id, kind, note: note ?? null }, select: { id: true } });
    await recordAudit(tx, {
      actorId: user.id,
      action: 'outreach.record',
      target: `user:${studentId}`,
      details: { kind, hasNote: Boolean(note) },
    });
    return row;
  });
}

/** A student's outreach history, newest first; only for staff who may see the student. */
export async function listOutreach(user: SessionUser, studentId: string): Promise<OutreachRow[]> {
  requireStaff(user);
  await requireVisibleStudent(user, studentId);
  const rows = await db.outreach.findMany({
    where: { studentId },
    orderBy: [{ createdAt: 'desc' }, { id: 'desc' }],
    take: 100,
    select: { id: true, kind: true, note: true, createdAt: true, staff: { select: { name: true } } },
  });
  return rows.map((row) => ({ id: row.id, kind: row.kind, note: row.note, at: row.createdAt.toISOString(), by: row.staff?.name ?? null }));
}

export type LastContact = { at: string; kind: OutreachKind; by: string | null };

/** The latest contact (not "not useful" or a bare note) per student, for the Students list. */
export async function lastContacts(user: SessionUser, studentIds: string[]): Promise<Record<string, LastContact>> {
  requireStaff(user);
  if (studentIds.length === 0) return {};
  const rows = await db.outreach.findMany({
    where: {
      kind: { in: ['MESSAGED', 'CALLED_PARENT', 'MET'] },
      student: { AND: [{ id: { in: studentIds } }, visibleStudentsWhere(user)] },
    },
    orderBy: { createdAt: 'desc' },
    select: { studentId: true, kind: true, createdAt: true, staff: { select: { name: true } } },
  });
  const latest: Record<string, LastContact> = {};
  for (const row of rows) latest[row.studentId] ??= { at: row.createdAt.toISOString(), kind: row.kind, by: row.staff?.name ?? null };
  return latest;
}
