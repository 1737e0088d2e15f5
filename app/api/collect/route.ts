// Public ingestion: POST a batch from the SDK (text/plain JSON), GET the no-JavaScript pixel.
// 2xx means the events are committed; every refusal is { error: { code, message } } and stores nothing.
import { route } from '@/lib/http/route';
import { preflight } from '@/lib/ingest/cors';
import { ingestBrowserBatch, ingestPixel, limitCollectRate } from '@/lib/ingest/ingest';
import { collectBatchSchema, MAX_BODY_BYTES, pixelQuerySchema } from '@/lib/schemas/collect';

export const dynamic = 'force-dynamic';

// A transparent 1×1 GIF.
const PIXEL = Buffer.from('R0lGODlhAQABAIAAAAAAAP///yH5BAEAAAAALAAAAAABAAEAAAIBRAA7', 'base64');
// Answers are a few bytes: compressing them is wasted work.
const collect = {
  allow: 'public',
  cors: true,
  cache: 'uncompressed',
  admit: (request: Request) => limitCollectRate(request.headers),
} as const;

export const OPTIONS = preflight;

export const POST = route({ ...collect, body: { schema: collectBatchSchema, maxBytes: MAX_BODY_BYTES } }, ({ body, request }) =>
  ingestBrowserBatch(body, request.headers),
);

export const GET = route({ ...collect, query: pixelQuerySchema }, async ({ query, request }) => {
  await ingestPixel(query, request.headers);
  return new Response(new Uint8Array(PIXEL), { headers: { 'Content-Type': 'image/gif' } });
});
