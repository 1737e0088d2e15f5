// GET /api/analytics/engagement/[userId]?range=30d — one student's engagement metrics.
// Staff only; an instructor gets 404 for a student outside their courses (as for an unknown id).
import { resolveSite } from '@/lib/access';
import { requireRole } from '@/lib/auth';
import { toErrorResponse } from '@/lib/http/errors';
import { parseStudentId, parseStudentRange } from '@/lib/learning/api-params';
import { getEngagement } from '@/lib/queries/engagement';

export async function GET(request: Request, { params }: { params: Promise<{ userId: string }> }) {
  try {
    const user = await requireRole('ADMIN', 'INSTRUCTOR');
    const range = parseStudentRange(new URL(request.url).searchParams);
    if (range.siteKey) await resolveSite(user, range.siteKey);
    const studentId = parseStudentId((await params).userId);
    const engagement = await getEngagement(user, studentId, range.from, range.to);
    return Response.json({ userId: studentId, ...engagement }, { headers: { 'Cache-Control': 'no-store' } });
  } catch (error) {
    return toErrorResponse(error);
  }
}
