// GET /admin/notifications/:id/preview — a kept digest's HTML exactly as it was (or would have
// been) mailed. Admins only; the page may run no script and load nothing from anywhere.
import { z } from 'zod';
import { HttpError } from '@/lib/http/errors';
import { route } from '@/lib/http/route';
import { digestPreview } from '@/lib/queries/notifications';

export const GET = route({ allow: ['ADMIN'], params: z.object({ id: z.string().min(1).max(64) }) }, async ({ user, params }) => {
  const digest = await digestPreview(user, params.id);
  if (!digest) throw new HttpError('digest_not_found', 'There is no digest with this id.');
  return new Response(digest.html, {
    headers: {
      'Content-Type': 'text/html; charset=utf-8',
      'Content-Security-Policy': "default-src 'none'; style-src 'unsafe-inline'; frame-ancestors 'none'; sandbox",
    },
  });
});
