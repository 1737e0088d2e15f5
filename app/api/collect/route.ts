// Public ingestion: POST a batch from the SDK (text/plain JSON), GET the no-JavaScript pixel.
// 2xx means the events are committed; every refusal is { error: { code, message } } and stores nothing.
import { toErrorResponse } from '@/lib/http/errors';
import { readJsonBody } from '@/lib/ingest/body';
import { preflight, withCors } from '@/lib/ingest/cors';
import { ingestBrowserBatch, ingestPixel, limitCollectRate } from '@/lib/ingest/ingest';
import { collectBatchSchema, MAX_BODY_BYTES, pixelQuerySchema } from '@/lib/schemas/collect';

export const dynamic = 'force-dynamic';

// no-transform: responses are a few bytes; it stops Next's compression from running zlib on them.
const NO_CACHE = { 'Cache-Control': 'no-store, no-transform' };
// A transparent 1×1 GIF.
const PIXEL = Buffer.from('R0lGODlhAQABAIAAAAAAAP///yH5BAEAAAAALAAAAAABAAEAAAIBRAA7', 'base64');

export function OPTIONS() {
  return preflight();
}

export async function POST(request: Request) {
  try {
    limitCollectRate(request.headers);
    const batch = collectBatchSchema.parse(await readJsonBody(request, MAX_BODY_BYTES));
    const result = await ingestBrowserBatch(batch, request.headers);
    return withCors(Response.json(result, { headers: NO_CACHE }));
  } catch (error) {
    return withCors(toErrorResponse(error));
  }
}

export async function GET(request: Request) {
  try {
    limitCollectRate(request.headers);
    const query = pixelQuerySchema.parse(Object.fromEntries(new URL(request.url).searchParams));
    await ingestPixel(query, request.headers);
    return withCors(new Response(new Uint8Array(PIXEL), { headers: { ...NO_CACHE, 'Content-Type': 'image/gif' } }));
  } catch (error) {
    return withCors(toErrorResponse(error));
  }
}
