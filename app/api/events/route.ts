// Server-side events: the same batch shape as /api/collect, authenticated with the site secret.
// Servers may name the platform user (uid = User.externalId) and send their own timestamps.
import { route } from '@/lib/http/route';
import { ingestServerBatch } from '@/lib/ingest/ingest';
import { MAX_BODY_BYTES, serverBatchSchema } from '@/lib/schemas/collect';
import { authenticateServer } from '@/lib/sites/server-auth';

export const dynamic = 'force-dynamic';

export const POST = route(
  {
    allow: 'public',
    // The secret is checked before the body is read.
    admit: (request) => authenticateServer(request.headers),
    body: { schema: serverBatchSchema, maxBytes: MAX_BODY_BYTES },
  },
  ({ admitted: site, body, request }) => ingestServerBatch(body, site, request.headers),
);
