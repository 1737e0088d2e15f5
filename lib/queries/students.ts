import 'server-only';
import { requireStaff, visibleCoursesWhere, visibleStudentsWhere } from '@/lib/access';
import type { SessionUser } from '@/lib/auth/roles';
import { db, type Prisma } from '@/lib/db';
import type { AtRiskParams, StudentListParams } from '@/lib/params/students';
import { LEVEL_KEYS, type RiskLevel } from '@/lib/risk/config';
import type { FactorResult } from '@/lib/risk/factors';
import { latestScores, type LatestScore } from '@/lib/risk/latest';

export const STUDENTS_PAGE_SIZE = 50;

export type StudentScoreRow = {
  id: string;
  name: string;
  email: string;
  score: number;
  level: RiskLevel;
  factors: FactorResult[];
  modelVersion: string;
  computedAt: string;
};

export type StudentList = {
  rows: StudentScoreRow[];
  /** Rows matching every filter, before paging. */
  total: number;
  page: number;
  pageCount: number;
  /** Per level, for the visible students (course filter applied, level filter not). */
  levelCounts: Record<RiskLevel, number>;
  /** Visible students (course filter applied) without any score yet. */
  unscored: number;
  courses: Array<{ id: string; title: string }>;
  /** The course filter named a course this user cannot see or that does not exist. */
  unknownCourse: boolean;
};

/** Top-level courses the user may filter by (instructors: their own). */
async function filterCourses(user: SessionUser) {
  return db.course.findMany({
    where: { AND: [visibleCoursesWhere(user), { parentId: null }] },
    select: { id: true, title: true },
    orderBy: [{ title: 'asc' }, { id: 'asc' }],
  });
}

function sortValue(row: StudentScoreRow, sort: StudentListParams['sort']): number | string {
  if (sort === 'score') return row.score;
  if (sort === 'name') return row.name.toLowerCase();
  return row.factors.find((factor) => factor.key === sort)?.raw ?? -1;
}

/** The students list: each visible student's latest score, filtered, sorted and paged. */
export async function listStudents(user: SessionUser, params: StudentListParams): Promise<StudentList> {
  requireStaff(user);
  const courses = await filterCourses(user);
  const course = params.course ? courses.find((item) => item.id === params.course) : undefined;
  const scope: Prisma.UserWhereInput = course
    ? {
        AND: [
          visibleStudentsWhere(user),
          { enrollments: { some: { OR: [{ courseId: course.id }, { course: { parentId: course.id } }] } } },
        ],
      }
    : visibleStudentsWhere(user);
  const [people, scores] = await Promise.all([
    db.user.findMany({ where: scope, select: { id: true, name: true, email: true } }),
    latestScores(db, scope),
  ]);
  const byId = new Map(people.map((person) => [person.id, person]));
  const all = scores.flatMap((score) => {
    const person = byId.get(score.userId);
    return person ? [toRow(person, score)] : [];
  });
  const levelCounts = Object.fromEntries(LEVEL_KEYS.map((level) => [level, all.filter((row) => row.level === level).length])) as Record<
    RiskLevel,
    number
  >;
  const filtered = params.level ? all.filter((row) => row.level === params.level) : all;
  const sign = params.dir === 'asc' ? 1 : -1;
  filtered.sort((a, b) => {
    const x = sortValue(a, params.sort);
    const y = sortValue(b, params.sort);
    return (x < y ? -sign : x > y ? sign : 0) || a.name.localeCompare(b.name) || a.id.localeCompare(b.id);
  });
  const pageCount = Math.max(1, Math.ceil(filtered.length / STUDENTS_PAGE_SIZE));
  const page = Math.min(params.page, pageCount);
  return {
    rows: filtered.slice((page - 1) * STUDENTS_PAGE_SIZE, page * STUDENTS_PAGE_SIZE),
    total: filtered.length,
    page,
    pageCount,
    levelCounts,
    unscored: people.length - all.length,
    courses,
    unknownCourse: Boolean(params.course && !course),
  };
}

function toRow(person: { id: string; name: string; email: string }, score: LatestScore): StudentScoreRow {
  return {
    ...person,
    score: score.score,
    level: score.level,
    factors: score.factors,
    modelVersion: score.modelVersion,
    computedAt: score.computedAt.toISOString(),
  };
}

/** GET /api/analytics/at-risk-students: latest scores ≥ threshold, computed in the last `days` days. */
export async function listAtRiskStudents(user: SessionUser, params: AtRiskParams, now: Date = new Date()): Promise<StudentScoreRow[]> {
  requireStaff(user);
  const scope = visibleStudentsWhere(user);
  const since = new Date(now.getTime() - params.days * 86_400_000);
  const [people, scores] = await Promise.all([
    db.user.findMany({ where: scope, select: { id: true, name: true, email: true } }),
    latestScores(db, scope, since),
  ]);
  const byId = new Map(people.map((person) => [person.id, person]));
  return scores
    .filter((score) => score.score >= params.threshold)
    .flatMap((score) => {
      const person = byId.get(score.userId);
      return person ? [toRow(person, score)] : [];
    })
    .sort((a, b) => b.score - a.score || a.name.localeCompare(b.name));
}
