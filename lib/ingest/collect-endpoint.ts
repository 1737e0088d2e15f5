// POST /api/collect, the pixel GET and the preflight, answered without any web framework: the one
// ingest path, for two thin adapters — the Next route (app/api/collect/route.ts, for `next dev`)
// and our own server's lean collector (lib/server/collector.ts), which hands over Node's headers
// and body bytes with no web Request or Response built per batch. The answers are the route
// helper's (lib/http/route.ts) to the byte: CORS on every answer, nosniff, one Cache-Control,
// the error shape of lib/http/errors.ts, and 2xx only once the events are committed.
import { parseJsonText } from '@/lib/http/body';
import type { HeaderReader } from '@/lib/http/client-address';
import { ERROR_STATUS, errorParts } from '@/lib/http/errors';
import { metrics } from '@/lib/metrics/registry';
import { paramRecord } from '@/lib/params/search-params';
import { collectBatchSchema, pixelQuerySchema } from '@/lib/schemas/collect';
import { COLLECT_CORS } from './cors';
import { ingestBrowserBatch, ingestPixel, limitCollectRate } from './ingest';

export type CollectAnswer = { status: number; headers: Record<string, string>; body: string | Uint8Array | null };

// Answers are a few bytes: compressing them is wasted work (no-transform keeps Next's gzip off).
const ANSWERED = { ...COLLECT_CORS, 'X-Content-Type-Options': 'nosniff', 'Cache-Control': 'private, no-store, no-transform' };
const JSON_ANSWER = { ...ANSWERED, 'Content-Type': 'application/json' };
const REFUSED = {
  ...COLLECT_CORS,
  'X-Content-Type-Options': 'nosniff',
  'Cache-Control': 'private, no-store',
  'Content-Type': 'application/json',
};
// A transparent 1×1 GIF.
const PIXEL = Buffer.from('R0lGODlhAQABAIAAAAAAAP///yH5BAEAAAAALAAAAAABAAEAAAIBRAA7', 'base64');
const PIXEL_ANSWER = { ...ANSWERED, 'Content-Type': 'image/gif' };

export const PREFLIGHT: CollectAnswer = { status: 204, headers: COLLECT_CORS, body: null };

/** A refusal, counted by its code (a 5xx is logged by errorParts). */
function refusal(error: unknown): CollectAnswer {
  const { code, message, headers } = errorParts(error);
  metrics().eventsRefused.inc({ reason: code });
  return { status: ERROR_STATUS[code], headers: { ...REFUSED, ...headers }, body: JSON.stringify({ error: { code, message } }) };
}

/**
 * A browser batch: the rate limit first (a flood costs no reading or parsing), then the body
 * (`readText` enforces the size limit), JSON, the schema, and the ingest itself.
 */
export async function answerBatch(headers: HeaderReader, readText: () => Promise<string>): Promise<CollectAnswer> {
  try {
    await limitCollectRate(headers);
    const batch = collectBatchSchema.parse(parseJsonText(await readText()));
    const result = await ingestBrowserBatch(batch, headers);
    // Batches dropped on purpose (bots, Do Not Track) are counted by that reason; stored ones by the queue.
    if (result.dropped) metrics().eventsRefused.inc({ reason: result.dropped });
    return { status: 200, headers: JSON_ANSWER, body: JSON.stringify(result) };
  } catch (error) {
    return refusal(error);
  }
}

/** The no-JavaScript pixel: GET /api/collect?site=…&url=…, answered with a transparent GIF. */
export async function answerPixel(headers: HeaderReader, search: URLSearchParams): Promise<CollectAnswer> {
  try {
    await limitCollectRate(headers);
    const result = await ingestPixel(pixelQuerySchema.parse(paramRecord(search)), headers);
    if (result.dropped) metrics().eventsRefused.inc({ reason: result.dropped });
    return { status: 200, headers: PIXEL_ANSWER, body: PIXEL };
  } catch (error) {
    return refusal(error);
  }
}
