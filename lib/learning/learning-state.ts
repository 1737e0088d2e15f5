// The rows one batch of learning events can touch, loaded in a fixed number of queries, then
// changed in memory by apply-events.ts and written back by save-learning-state.ts.
import type { Prisma } from '@/lib/db';
import type { LearningEvent } from './event-props';

type Tx = Prisma.TransactionClient;
type Status = 'ENROLLED' | 'COMPLETED' | 'ABANDONED';

export type CourseState = { id: string; slug: string; xp: number; pillarId: string | null; parentId: string | null; taskCount: number };
export type TaskState = { slug: string; courseId: string; position: number; xp: number };
export type EnrollmentState = {
  id: string | null;
  userId: string;
  courseId: string;
  status: Status;
  progress: number;
  enrolledAt: Date;
  startedAt: Date | null;
  completedAt: Date | null;
  dirty: boolean;
};

export type LearningState = {
  courses: Map<string, CourseState>;
  courseBySlug: Map<string, CourseState>;
  tasks: Map<string, TaskState>;
  badges: Map<string, string>;
  /** Keyed `${userId}:${courseId}`. */
  enrollments: Map<string, EnrollmentState>;
  /** `${userId}:${reason}` already in the XP ledger. */
  xpReasons: Set<string>;
  /** `${userId}:${badgeId}` already awarded. */
  awards: Set<string>;
  lastLogins: Map<string, Date>;
  touchedParents: Set<string>;
  newXp: Prisma.XpEntryCreateManyInput[];
  newAwards: Prisma.BadgeAwardCreateManyInput[];
};

const courseSelect = { id: true, slug: true, xp: true, pillarId: true, parentId: true, _count: { select: { tasks: true } } } as const;

export async function loadLearningState(tx: Tx, events: readonly LearningEvent[]): Promise<LearningState> {
  const userIds = [...new Set(events.map((event) => event.userId))];
  const taskSlugs = [...new Set(events.flatMap((event) => (event.taskSlug ? [event.taskSlug] : [])))];
  const badgeKeys = [...new Set(events.flatMap((event) => (event.badgeKey ? [event.badgeKey] : [])))];
  const tasks = taskSlugs.length
    ? await tx.task.findMany({ where: { slug: { in: taskSlugs } }, select: { slug: true, courseId: true, position: true, xp: true } })
    : [];
  const questSlugs = [...new Set(events.flatMap((event) => (event.questSlug ? [event.questSlug] : [])))];
  const quests = await tx.course.findMany({
    where: { OR: [{ slug: { in: questSlugs } }, { id: { in: tasks.map((task) => task.courseId) } }] },
    select: courseSelect,
  });
  const courses = new Map<string, CourseState>(quests.map(({ _count, ...course }) => [course.id, { ...course, taskCount: _count.tasks }]));
  const courseIds = [...new Set([...courses.values()].flatMap((course) => (course.parentId ? [course.id, course.parentId] : [course.id])))];

  const [badges, enrollments, xp, awards] = await Promise.all([
    badgeKeys.length ? tx.badge.findMany({ where: { key: { in: badgeKeys } }, select: { id: true, key: true } }) : [],
    courseIds.length ? tx.enrollment.findMany({ where: { userId: { in: userIds }, courseId: { in: courseIds } } }) : [],
    tx.xpEntry.findMany({
      where: { userId: { in: userIds }, reason: { in: xpReasonsOf(events, tasks, quests) } },
      select: { userId: true, reason: true },
    }),
    tx.badgeAward.findMany({
      where: { userId: { in: userIds }, badge: { key: { in: badgeKeys } } },
      select: { userId: true, badgeId: true },
    }),
  ]);
  return {
    courses,
    courseBySlug: new Map([...courses.values()].map((course) => [course.slug, course])),
    tasks: new Map(tasks.map((task) => [task.slug, task])),
    badges: new Map(badges.map((badge) => [badge.key, badge.id])),
    enrollments: new Map(enrollments.map((row) => [`${row.userId}:${row.courseId}`, { ...row, dirty: false }])),
    xpReasons: new Set(xp.map((row) => `${row.userId}:${row.reason}`)),
    awards: new Set(awards.map((row) => `${row.userId}:${row.badgeId}`)),
    lastLogins: new Map(),
    touchedParents: new Set(),
    newXp: [],
    newAwards: [],
  };
}

/** The ledger reasons these events could add, so only those are checked for duplicates. */
function xpReasonsOf(events: readonly LearningEvent[], tasks: readonly { slug: string }[], quests: readonly { slug: string }[]): string[] {
  const reasons = new Set<string>();
  for (const task of tasks) reasons.add(`task_completed:${task.slug}`);
  for (const quest of quests) if (events.some((event) => event.questSlug === quest.slug)) reasons.add(`quest_completed:${quest.slug}`);
  return [...reasons];
}
