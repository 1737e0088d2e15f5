// Writes back what apply-events.ts changed: new enrolments in bulk, changed ones one by one, the
// parents' course progress (share of the course's tasks done), XP, badge awards, last logins.
import type { Prisma } from '@/lib/db';
import type { EnrollmentState, LearningState } from './learning-state';

type Tx = Prisma.TransactionClient;

export async function saveLearningState(tx: Tx, state: LearningState): Promise<void> {
  await refreshParentProgress(tx, state);
  const created: Prisma.EnrollmentCreateManyInput[] = [];
  for (const record of state.enrollments.values()) {
    if (!record.dirty) continue;
    const data = { status: record.status, progress: record.progress, startedAt: record.startedAt, completedAt: record.completedAt };
    if (record.id === null) created.push({ userId: record.userId, courseId: record.courseId, enrolledAt: record.enrolledAt, ...data });
    else await tx.enrollment.update({ where: { id: record.id }, data, select: { id: true } });
  }
  if (created.length) await tx.enrollment.createMany({ data: created });
  if (state.newXp.length) await tx.xpEntry.createMany({ data: state.newXp });
  if (state.newAwards.length) await tx.badgeAward.createMany({ data: state.newAwards });
  for (const [userId, at] of state.lastLogins) {
    // Only ever moves forward: a late-arriving older login must not rewind it.
    await tx.user.updateMany({
      where: { id: userId, OR: [{ lastLoginAt: null }, { lastLoginAt: { lt: at } }] },
      data: { lastLoginAt: at },
    });
  }
}

/** A course's progress is the share of its quests' tasks done; complete when every quest is. */
async function refreshParentProgress(tx: Tx, state: LearningState): Promise<void> {
  if (state.touchedParents.size === 0) return;
  const parentIds = [...new Set([...state.touchedParents].map((key) => key.split(':')[1] as string))];
  const userIds = [...new Set([...state.touchedParents].map((key) => key.split(':')[0] as string))];
  const quests = await tx.course.findMany({
    where: { parentId: { in: parentIds } },
    select: { id: true, parentId: true, _count: { select: { tasks: true } } },
  });
  const stored = await tx.enrollment.findMany({ where: { userId: { in: userIds }, courseId: { in: quests.map((quest) => quest.id) } } });
  const current = (userId: string, courseId: string): Pick<EnrollmentState, 'status' | 'progress' | 'completedAt'> | undefined =>
    state.enrollments.get(`${userId}:${courseId}`) ?? stored.find((row) => row.userId === userId && row.courseId === courseId);

  for (const key of state.touchedParents) {
    const record = state.enrollments.get(key);
    if (!record) continue;
    const children = quests.filter((quest) => quest.parentId === record.courseId);
    const total = children.reduce((sum, quest) => sum + quest._count.tasks, 0);
    const done = children.reduce((sum, quest) => sum + (current(record.userId, quest.id)?.progress ?? 0) * quest._count.tasks, 0);
    const progress = total > 0 ? Math.round((done / total) * 1000) / 1000 : 0;
    const states = children.map((quest) => current(record.userId, quest.id));
    const complete = children.length > 0 && states.every((child) => child?.status === 'COMPLETED');
    const completedAt = complete ? new Date(Math.max(...states.map((child) => child?.completedAt?.getTime() ?? 0))) : record.completedAt;
    const status = complete ? 'COMPLETED' : record.status;
    if (progress !== record.progress || status !== record.status || completedAt?.getTime() !== record.completedAt?.getTime()) {
      Object.assign(record, { progress, status, completedAt, dirty: true });
    }
  }
}
