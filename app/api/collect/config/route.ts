// The SDK asks this once per page (browser-cached for 5 minutes) before it sends anything.
import { toErrorResponse } from '@/lib/http/errors';
import { preflight, withCors } from '@/lib/ingest/cors';
import { configQuerySchema } from '@/lib/schemas/collect';
import { siteClientConfig } from '@/lib/sites/client-config';

export const dynamic = 'force-dynamic';

export function OPTIONS() {
  return preflight();
}

export async function GET(request: Request) {
  try {
    const { site } = configQuerySchema.parse(Object.fromEntries(new URL(request.url).searchParams));
    const config = await siteClientConfig(site);
    return withCors(Response.json(config, { headers: { 'Cache-Control': 'public, max-age=300' } }));
  } catch (error) {
    return withCors(toErrorResponse(error));
  }
}
