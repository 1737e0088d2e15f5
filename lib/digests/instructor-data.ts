// What one instructor's weekly digest says: the students in THEIR courses only (the same rule as
// the Students page, lib/access-where.ts) who newly crossed into at risk this week, who improved
// (were at risk a week ago and are not now) and who stay at risk, each with the two heaviest
// factors in plain words.
import { visibleStudentsWhere } from '@/lib/access-where';
import type { Role } from '@/lib/auth/roles';
import type { Db } from '@/lib/db';
import { latestScores, type LatestScore } from '@/lib/risk/latest';
import { RISK_MODEL } from '@/lib/risk/config';
import { EN_RISK_WORDS, heaviestFactors, heaviestInWords, type RiskWords } from './factor-words';

const WEEK_MS = 7 * 86_400_000;

export type DigestStudent = { id: string; name: string; score: number; reasons: string; path: string };
export type DigestChange = 'newly_at_risk' | 'improved' | 'still_at_risk';
export type InstructorDigest = Record<DigestChange, DigestStudent[]>;

/** English names of the changes (in other languages: email.changes.<change>). */
export const CHANGE_LABELS: Record<DigestChange, string> = {
  newly_at_risk: 'Newly at risk',
  improved: 'Improved',
  still_at_risk: 'Still at risk',
};

export function changeOf(previous: LatestScore | undefined, current: LatestScore | undefined): DigestChange | null {
  const was = previous?.level === 'at_risk';
  const is = current?.level === 'at_risk';
  if (is) return was ? 'still_at_risk' : 'newly_at_risk';
  return was && current ? 'improved' : null;
}

/** Each student's change over the week before `now`, for any set of students. */
export async function weeklyChanges(db: Db, students: Parameters<typeof latestScores>[1], now: Date) {
  const [current, previous] = await Promise.all([
    latestScores(db, students, undefined, new Date(now.getTime() + 1)),
    latestScores(db, students, undefined, new Date(now.getTime() - WEEK_MS)),
  ]);
  const before = new Map(previous.map((score) => [score.userId, score]));
  return current.flatMap((score) => {
    const change = changeOf(before.get(score.userId), score);
    return change ? [{ change, score }] : [];
  });
}

/** `staff`'s digest: an instructor's courses' students (an admin's: every student), the reasons in `words`' language. */
export async function instructorDigest(
  db: Db,
  staff: { id: string; role: Role },
  now: Date,
  words: RiskWords = EN_RISK_WORDS,
): Promise<InstructorDigest> {
  const scope = visibleStudentsWhere(staff);
  const changes = await weeklyChanges(db, scope, now);
  const people = await db.user.findMany({
    where: { AND: [scope, { id: { in: changes.map((item) => item.score.userId) } }] },
    select: { id: true, name: true },
  });
  const names = new Map(people.map((person) => [person.id, person.name]));
  const digest: InstructorDigest = { newly_at_risk: [], improved: [], still_at_risk: [] };
  for (const { change, score } of changes) {
    const name = names.get(score.userId);
    if (!name) continue;
    digest[change].push({
      id: score.userId,
      name,
      score: score.score,
      // For someone who improved, the factors still weighing most say what to keep an eye on.
      reasons: heaviestInWords(score.factors, RISK_MODEL, words),
      path: `/dashboard/students/${score.userId}`,
    });
  }
  for (const list of Object.values(digest)) list.sort((a, b) => b.score - a.score || a.name.localeCompare(b.name));
  return digest;
}

export const isEmptyDigest = (digest: InstructorDigest) => Object.values(digest).every((list) => list.length === 0);
export { heaviestFactors };
