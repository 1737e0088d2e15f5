// Public ingestion: POST a batch from the SDK (text/plain JSON), GET the no-JavaScript pixel.
// 2xx means the events are committed; every refusal is { error: { code, message } } and stores nothing.
// A thin adapter over lib/ingest/collect-endpoint.ts, which our own server also answers with
// straight from Node's request (lib/server/collector.ts); this one serves `next dev`.
import { readLimitedText } from '@/lib/http/body';
import { answerBatch, answerPixel, PREFLIGHT, type CollectAnswer } from '@/lib/ingest/collect-endpoint';
import { MAX_BODY_BYTES } from '@/lib/schemas/collect';

export const dynamic = 'force-dynamic';

const toResponse = ({ status, headers, body }: CollectAnswer) =>
  new Response(typeof body === 'string' || body === null ? body : new Uint8Array(body), { status, headers });

export const OPTIONS = () => toResponse(PREFLIGHT);

export async function POST(request: Request): Promise<Response> {
  return toResponse(await answerBatch(request.headers, () => readLimitedText(request, MAX_BODY_BYTES)));
}

export async function GET(request: Request): Promise<Response> {
  return toResponse(await answerPixel(request.headers, new URL(request.url).searchParams));
}
