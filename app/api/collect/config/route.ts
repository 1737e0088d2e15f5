// The SDK asks this once per page (browser-cached for 5 minutes) before it sends anything.
import { route } from '@/lib/http/route';
import { preflight } from '@/lib/ingest/cors';
import { configQuerySchema } from '@/lib/schemas/collect';
import { siteClientConfig } from '@/lib/sites/client-config';

export const dynamic = 'force-dynamic';

export const OPTIONS = preflight;

export const GET = route({ allow: 'public', cors: true, cache: { publicSeconds: 300 }, query: configQuerySchema }, ({ query }) =>
  siteClientConfig(query.site),
);
