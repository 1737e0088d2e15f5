// /api/unsubscribe?token=… — the one-click unsubscribe of every digest. POST is RFC 8058's
// one-click (mail clients send `List-Unsubscribe=One-Click`); GET, from the link in the mail,
// only shows a confirm button, because link scanners fetch every URL in a message. The page
// speaks the language the mail was in (the token's person's profile), else the browser's.
import { z } from 'zod';
import { escapeHtml } from '@/lib/digests/mail-layout';
import { HttpError } from '@/lib/http/errors';
import { route } from '@/lib/http/route';
import { loadCatalogue } from '@/lib/i18n/catalogue';
import { plainTranslator } from '@/lib/i18n/plain-translator';
import { unsubscribe, unsubscribeLocale } from '@/lib/queries/mail-preferences';

const query = z.object({ token: z.string().min(1).max(300) });

async function wordsFor(request: Request, token: string) {
  const locale = await unsubscribeLocale(token, request.headers.get('accept-language'));
  return { locale, t: plainTranslator(locale, loadCatalogue(locale), 'email.unsubscribe') };
}

function page(locale: string, title: string, body: string): Response {
  const html = `<!doctype html><html lang="${escapeHtml(locale)}"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>${escapeHtml(title)}</title></head><body style="font-family:system-ui,sans-serif;max-width:32rem;margin:3rem auto;padding:0 1rem;line-height:1.5"><h1 style="font-size:1.3rem">${escapeHtml(title)}</h1>${body}</body></html>`;
  return new Response(html, {
    headers: {
      'Content-Type': 'text/html; charset=utf-8',
      'Content-Security-Policy': "default-src 'none'; style-src 'unsafe-inline'; form-action 'self'; frame-ancestors 'none'",
    },
  });
}

export const GET = route({ allow: 'public', query }, async ({ request, query }) => {
  const { locale, t } = await wordsFor(request, query.token);
  return page(
    locale,
    t('confirmTitle'),
    `<p>${escapeHtml(t('confirmBody'))}</p><form method="post" action="/api/unsubscribe?token=${encodeURIComponent(query.token)}"><button type="submit" style="font:inherit;padding:.5rem 1rem">${escapeHtml(t('button'))}</button></form>`,
  );
});

export const POST = route({ allow: 'public', query }, async ({ request, query }) => {
  const { locale, t } = await wordsFor(request, query.token);
  if (!(await unsubscribe(query.token))) throw new HttpError('invalid_request', t('invalid'));
  return page(locale, t('doneTitle'), `<p>${escapeHtml(t('doneBody'))}</p>`);
});
