// POST /api/events is called by a platform's servers with the site's secret as a bearer token.
// The public key is on every page, so it must never work here.
import { HttpError } from '@/lib/http/errors';
import { SECRET_PREFIX } from './secret-hash';
import { siteByKey, siteBySecret, type SiteConfig } from './lookup';

const unauthorized = (message: string) => new HttpError('unauthorized', message, { 'WWW-Authenticate': 'Bearer realm="pathwise-events"' });

export async function authenticateServer(headers: Headers): Promise<SiteConfig> {
  const match = /^Bearer\s+(\S+)\s*$/i.exec(headers.get('authorization') ?? '');
  const token = match?.[1];
  if (!token) throw unauthorized('Send the site secret as "Authorization: Bearer pw_sk_…".');
  if (!token.startsWith(SECRET_PREFIX)) {
    if (await siteByKey(token)) throw unauthorized("That is the site's public key; server events need the site secret (pw_sk_…).");
    throw unauthorized('That is not a site secret.');
  }
  const site = await siteBySecret(token);
  if (!site) throw unauthorized('Unknown or rotated site secret.');
  return site;
}
