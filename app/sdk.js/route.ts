// GET /sdk.js — the browser SDK, built by `npx tsx scripts/build-sdk.ts`. Cached by browsers for
// an hour and revalidated with its ETag.
import { errorResponse } from '@/lib/http/errors';
import { etagMatches, loadServedSdk } from '@/lib/sdk/served-file';

export const dynamic = 'force-dynamic';

const HEADERS = {
  'Content-Type': 'text/javascript; charset=utf-8',
  'Cache-Control': 'public, max-age=3600',
  'Access-Control-Allow-Origin': '*',
  'X-Content-Type-Options': 'nosniff',
};

export function GET(request: Request) {
  const sdk = loadServedSdk();
  if (!sdk) {
    return errorResponse(
      503,
      'sdk_not_built',
      'The tracking script has not been built. Run `npx tsx scripts/build-sdk.ts` (part of `npm run build`) and restart.',
      {
        'Cache-Control': 'no-store',
        'Retry-After': '60',
      },
    );
  }
  const headers = { ...HEADERS, ETag: sdk.etag };
  if (etagMatches(request.headers.get('if-none-match'), sdk.etag)) return new Response(null, { status: 304, headers });
  return new Response(new Uint8Array(sdk.body), { headers });
}
