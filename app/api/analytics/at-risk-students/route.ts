// GET /api/analytics/at-risk-students?threshold=0.7&days=30. The score is a RISK score:
// 0 = thriving, 1 = drifting away; listed are the visible students whose latest score, computed
// in the last `days` days, is at least `threshold`, most at risk first.
import { resolveSite } from '@/lib/access';
import { requireRole } from '@/lib/auth';
import { parseFilters } from '@/lib/params/filters';
import { toErrorResponse } from '@/lib/http/errors';
import { parseAtRiskParams } from '@/lib/params/students';
import { listAtRiskStudents } from '@/lib/queries/students';
import { LEVELS } from '@/lib/risk/levels';

export async function GET(request: Request) {
  try {
    const user = await requireRole('ADMIN', 'INSTRUCTOR');
    const search = new URL(request.url).searchParams;
    const filters = parseFilters(search);
    if (filters.siteKey) await resolveSite(user, filters.siteKey);
    const params = parseAtRiskParams(search);
    const students = await listAtRiskStudents(user, params);
    return Response.json(
      {
        threshold: params.threshold,
        days: params.days,
        scale: 'risk score 0–1: higher means more at risk of dropping out',
        count: students.length,
        students: students.map((student) => ({ ...student, levelLabel: LEVELS[student.level].label })),
      },
      { headers: { 'Cache-Control': 'no-store' } },
    );
  } catch (error) {
    return toErrorResponse(error);
  }
}
