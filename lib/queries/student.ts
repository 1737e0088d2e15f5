import 'server-only';
import { requireStaff, requireVisibleStudent, visibleCoursesWhere } from '@/lib/access';
import type { SessionUser } from '@/lib/auth/roles';
import { db } from '@/lib/db';
import { LINKED_IDENTITIES } from '@/lib/ingest/identity-kind';
import { latestScores } from '@/lib/risk/latest';
import type { StudentScoreRow } from './students';

export type StudentEnrolment = {
  courseId: string;
  title: string;
  kind: 'COURSE' | 'QUEST';
  status: string;
  progress: number;
  startedAt: string | null;
  completedAt: string | null;
};

export type StudentOverview = {
  id: string;
  name: string;
  email: string;
  joinedAt: string;
  latest: StudentScoreRow | null;
  /** Top-level courses only, and for instructors only the courses they teach. */
  courses: StudentEnrolment[];
  /** The student's sessions by how they were named: a signed token or server ("verified"), or a browser uid the site trusts. */
  identity: { verified: number; trusted: number };
};

/** Header of /dashboard/students/[id]; throws HttpError 404 for a student `user` may not see. */
export async function getStudentOverview(user: SessionUser, studentId: string): Promise<StudentOverview> {
  requireStaff(user);
  await requireVisibleStudent(user, studentId);
  const [person, scores, enrolments, identities] = await Promise.all([
    db.user.findUniqueOrThrow({ where: { id: studentId }, select: { id: true, name: true, email: true, createdAt: true } }),
    latestScores(db, { id: studentId }),
    db.enrollment.findMany({
      where: { userId: studentId, course: { AND: [visibleCoursesWhere(user), { parentId: null }] } },
      select: {
        courseId: true,
        status: true,
        progress: true,
        startedAt: true,
        completedAt: true,
        course: { select: { title: true, kind: true } },
      },
      orderBy: [{ enrolledAt: 'asc' }, { courseId: 'asc' }],
    }),
    db.session.groupBy({ by: ['identity'], where: { userId: studentId, identity: { in: LINKED_IDENTITIES } }, _count: { _all: true } }),
  ]);
  const sessionsNamed = (kind: string) => identities.find((row) => row.identity === kind)?._count._all ?? 0;
  const score = scores[0];
  return {
    id: person.id,
    name: person.name,
    email: person.email,
    joinedAt: person.createdAt.toISOString(),
    latest: score
      ? {
          id: person.id,
          name: person.name,
          email: person.email,
          score: score.score,
          level: score.level,
          factors: score.factors,
          modelVersion: score.modelVersion,
          computedAt: score.computedAt.toISOString(),
        }
      : null,
    courses: enrolments.map((row) => ({
      courseId: row.courseId,
      title: row.course.title,
      kind: row.course.kind,
      status: row.status,
      progress: row.progress,
      startedAt: row.startedAt?.toISOString() ?? null,
      completedAt: row.completedAt?.toISOString() ?? null,
    })),
    identity: { verified: sessionsNamed('verified'), trusted: sessionsNamed('trusted') },
  };
}

export type RiskHistoryPoint = { computedAt: string; score: number; level: string; modelVersion: string };

/** Stored scores of the last `days` days, oldest first (one per day at most; see lib/risk/compute.ts). */
export async function getRiskHistory(
  user: SessionUser,
  studentId: string,
  days: number,
  now: Date = new Date(),
): Promise<RiskHistoryPoint[]> {
  requireStaff(user);
  await requireVisibleStudent(user, studentId);
  const rows = await db.riskScore.findMany({
    where: { userId: studentId, computedAt: { gte: new Date(now.getTime() - days * 86_400_000) } },
    select: { computedAt: true, score: true, level: true, modelVersion: true },
    orderBy: { computedAt: 'asc' },
  });
  return rows.map((row) => ({ ...row, computedAt: row.computedAt.toISOString() }));
}
