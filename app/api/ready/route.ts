import { errorResponse } from '@/lib/http/errors';
import { checkHealth } from '@/lib/system/health';
import { isDraining } from '@/lib/system/draining';

export const dynamic = 'force-dynamic';

// Readiness, beside /api/health (liveness): also 503 while this replica drains before it stops,
// so a load balancer stops sending it traffic. Not through lib/http/route, like /api/health.
export async function GET() {
  if (isDraining())
    return errorResponse('shutting_down', 'This replica is stopping; send traffic to another.', { 'Cache-Control': 'no-store' });
  const health = await checkHealth();
  return Response.json(health.body, { status: health.ok ? 200 : 503, headers: { 'Cache-Control': 'no-store' } });
}
