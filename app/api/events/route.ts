// Server-side events: the same batch shape as /api/collect, authenticated with the site secret.
// Servers may name the platform user (uid = User.externalId) and send their own timestamps.
import { toErrorResponse } from '@/lib/http/errors';
import { readJsonBody } from '@/lib/ingest/body';
import { ingestServerBatch } from '@/lib/ingest/ingest';
import { MAX_BODY_BYTES, serverBatchSchema } from '@/lib/schemas/collect';
import { authenticateServer } from '@/lib/sites/server-auth';

export const dynamic = 'force-dynamic';

export async function POST(request: Request) {
  try {
    const site = await authenticateServer(request.headers);
    const batch = serverBatchSchema.parse(await readJsonBody(request, MAX_BODY_BYTES));
    return Response.json(await ingestServerBatch(batch, site, request.headers), { headers: { 'Cache-Control': 'no-store' } });
  } catch (error) {
    return toErrorResponse(error);
  }
}
