// GET /api/analytics/journey/[userId] — first quest, completions, badges, streaks, time on
// platform, favourite pillar. Staff only; 404 for a student the caller may not see.
import { resolveSite } from '@/lib/access';
import { requireRole } from '@/lib/auth';
import { parseFilters } from '@/lib/params/filters';
import { toErrorResponse } from '@/lib/http/errors';
import { parseStudentId } from '@/lib/learning/api-params';
import { getJourney } from '@/lib/queries/journey';

export async function GET(request: Request, { params }: { params: Promise<{ userId: string }> }) {
  try {
    const user = await requireRole('ADMIN', 'INSTRUCTOR');
    const filters = parseFilters(new URL(request.url).searchParams);
    if (filters.siteKey) await resolveSite(user, filters.siteKey);
    const studentId = parseStudentId((await params).userId);
    const journey = await getJourney(user, studentId);
    return Response.json({ userId: studentId, ...journey }, { headers: { 'Cache-Control': 'no-store' } });
  } catch (error) {
    return toErrorResponse(error);
  }
}
