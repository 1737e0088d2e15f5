// /api/unsubscribe?token=… — the one-click unsubscribe of every digest. POST is RFC 8058's
// one-click (mail clients send `List-Unsubscribe=One-Click`); GET, from the link in the mail,
// only shows a confirm button, because link scanners fetch every URL in a message.
import { z } from 'zod';
import { HttpError } from '@/lib/http/errors';
import { route } from '@/lib/http/route';
import { unsubscribe } from '@/lib/queries/mail-preferences';

const query = z.object({ token: z.string().min(1).max(300) });

function page(title: string, body: string): Response {
  const html = `<!doctype html><html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>${title}</title></head><body style="font-family:system-ui,sans-serif;max-width:32rem;margin:3rem auto;padding:0 1rem;line-height:1.5"><h1 style="font-size:1.3rem">${title}</h1>${body}</body></html>`;
  return new Response(html, {
    headers: {
      'Content-Type': 'text/html; charset=utf-8',
      'Content-Security-Policy': "default-src 'none'; style-src 'unsafe-inline'; form-action 'self'; frame-ancestors 'none'",
    },
  });
}

export const GET = route({ allow: 'public', query }, ({ query }) =>
  page(
    'Unsubscribe from Pathwise e-mails',
    `<p>You will no longer get the weekly e-mail. You can opt in again from Pathwise at any time.</p><form method="post" action="/api/unsubscribe?token=${encodeURIComponent(query.token)}"><button type="submit" style="font:inherit;padding:.5rem 1rem">Unsubscribe</button></form>`,
  ),
);

export const POST = route({ allow: 'public', query }, async ({ query }) => {
  if (!(await unsubscribe(query.token))) throw new HttpError('invalid_request', 'This unsubscribe link is not valid.');
  return page('You are unsubscribed', '<p>Pathwise will not send you the weekly e-mail any more.</p>');
});
