// GET /api/analytics/at-risk-students?threshold=0.7&days=30. The score is a RISK score:
// 0 = thriving, 1 = drifting away; listed are the visible students whose latest score, computed
// in the last `days` days, is at least `threshold`, most at risk first.
import { route } from '@/lib/http/route';
import { atRiskQuery } from '@/lib/params/students';
import { listAtRiskStudents } from '@/lib/queries/students';
import { LEVELS } from '@/lib/risk/levels';

export const GET = route(
  { allow: ['ADMIN', 'INSTRUCTOR'], analytics: { site: 'optional' }, query: atRiskQuery },
  async ({ user, query }) => {
    const students = await listAtRiskStudents(user, query);
    return {
      threshold: query.threshold,
      days: query.days,
      scale: 'risk score 0–1: higher means more at risk of dropping out',
      count: students.length,
      students: students.map((student) => ({ ...student, levelLabel: LEVELS[student.level].label })),
    };
  },
);
