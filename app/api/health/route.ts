import { checkHealth } from '@/lib/system/health';

export const dynamic = 'force-dynamic';

// Not through lib/http/route: a probe's answer must come from the database check alone, with no
// session or parsing in front of it.
export async function GET() {
  const health = await checkHealth();
  return Response.json(health.body, { status: health.ok ? 200 : 503, headers: { 'Cache-Control': 'no-store' } });
}
