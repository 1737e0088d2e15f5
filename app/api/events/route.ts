// Server-side events: the same batch shape as /api/collect, authenticated with the site secret.
// Servers may name the platform user (uid = User.externalId) and send their own timestamps.
import { route } from '@/lib/http/route';
import { ingestServerBatch } from '@/lib/ingest/ingest';
import { MAX_BODY_BYTES, serverBatchSchema } from '@/lib/schemas/collect';
import { authenticateServer } from '@/lib/sites/server-auth';
import { countServerEvents } from '@/lib/metrics/server-events';

export const dynamic = 'force-dynamic';

// Accepted events and refusals by reason appear in /metrics (lib/metrics/server-events.ts).
export const POST = countServerEvents(
  route(
    {
      allow: 'public',
      // The secret is checked before the body is read.
      admit: (request) => authenticateServer(request.headers),
      body: { schema: serverBatchSchema, maxBytes: MAX_BODY_BYTES },
    },
    ({ admitted: site, body, request }) => ingestServerBatch(body, site, request.headers),
  ),
);
