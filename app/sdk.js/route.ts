// GET /sdk.js — the browser SDK, built by `npx tsx scripts/build-sdk.ts`. Cached by browsers for
// an hour and revalidated with its ETag.
import { HttpError } from '@/lib/http/errors';
import { route } from '@/lib/http/route';
import { etagMatches, loadServedSdk } from '@/lib/sdk/served-file';

export const dynamic = 'force-dynamic';

export const GET = route({ allow: 'public', cache: { publicSeconds: 3600 } }, ({ request }) => {
  const sdk = loadServedSdk();
  if (!sdk)
    throw new HttpError(
      'sdk_not_built',
      'The tracking script has not been built. Run `npx tsx scripts/build-sdk.ts` (part of `npm run build`) and restart.',
      { 'Retry-After': '60' },
    );
  const headers = { 'Content-Type': 'text/javascript; charset=utf-8', 'Access-Control-Allow-Origin': '*', ETag: sdk.etag };
  if (etagMatches(request.headers.get('if-none-match'), sdk.etag)) return new Response(null, { status: 304, headers });
  return new Response(new Uint8Array(sdk.body), { headers });
});
