// GET /api/export?format=xlsx|csv|json|parquet&site=&from=&to=&types= — the clickstream as a
// streamed download. Admins only: anonymous → 401, any other role → 403.
import { errorResponse } from '@/lib/http/errors';
import { attachment } from '@/lib/http/attachment';
import { route } from '@/lib/http/route';
import { parseExportParams } from '@/lib/params/export';
import { prepareExport } from '@/lib/export/run-export';

export const dynamic = 'force-dynamic';

// Uncompressed: Next's gzip does not wait for a slow client, so a large CSV piled up in memory
// (401 MB peak at 1M rows vs 318 MB without; scripts/bench/export.ts).
export const GET = route({ allow: ['ADMIN'], cache: 'uncompressed' }, async ({ user, request }) => {
  const file = await prepareExport(user, parseExportParams(new URL(request.url).searchParams));
  // The page shows progress against x-export-rows; the stream carries exactly these events.
  return attachment(file.body, {
    filename: file.filename,
    contentType: file.contentType,
    headers: { 'X-Export-Rows': String(file.rows), 'X-Export-Filename': file.filename },
  });
});

// Without this, Next answers HEAD by running GET, which would start (and audit) an export.
export function HEAD(): Response {
  return errorResponse('method_not_allowed', 'Use GET to download an export.', { allow: 'GET' });
}
