// The signed-in user, or a 401 in the shared error shape.
import { requireUser } from '@/lib/auth';
import { toErrorResponse } from '@/lib/http/errors';

export async function GET() {
  try {
    const user = await requireUser();
    return Response.json({ user }, { headers: { 'Cache-Control': 'no-store' } });
  } catch (error) {
    return toErrorResponse(error);
  }
}
