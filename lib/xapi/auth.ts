// HTTP Basic with an LRS credential: the key names it, the secret's SHA-256 must match, and a
// revoked credential is refused. Not cached, like site secrets (lib/sites/lookup.ts): a revoked
// or rotated secret must stop working at once in every process; one indexed look-up is cheap.
import { timingSafeEqual } from 'node:crypto';
import { db } from '@/lib/db';
import { hashSecret } from '@/lib/sites/secret-hash';
import { XapiError } from './errors';

export type LrsClient = { credentialId: string; key: string; siteId: string; siteCreatedAt: Date; homePage: string | null };

/** lastUsedAt is for people ("last used"), so a minute's precision spares a write per request. */
const USED_PRECISION_MS = 60_000;

const refuse = (message: string) => new XapiError(401, message, { 'WWW-Authenticate': 'Basic realm="pathwise-lrs"' });

export async function authenticateLrs(headers: Headers): Promise<LrsClient> {
  const match = /^Basic\s+([A-Za-z0-9+/=]+)\s*$/i.exec(headers.get('authorization') ?? '');
  if (!match) throw refuse('Send an LRS credential as HTTP Basic authentication.');
  const decoded = Buffer.from(match[1] ?? '', 'base64').toString('utf8');
  const colon = decoded.indexOf(':');
  if (colon < 1) throw refuse('The Basic credentials must be key:secret.');
  const row = await db.xapiCredential.findUnique({
    where: { key: decoded.slice(0, colon) },
    include: { site: { select: { createdAt: true } } },
  });
  const presented = Buffer.from(hashSecret(decoded.slice(colon + 1)), 'hex');
  if (!row || row.revokedAt || !timingSafeEqual(presented, Buffer.from(row.secretHash, 'hex'))) {
    throw refuse('Unknown, revoked or rotated LRS credential.');
  }
  if (!row.lastUsedAt || Date.now() - row.lastUsedAt.getTime() > USED_PRECISION_MS) {
    await db.xapiCredential.update({ where: { id: row.id }, data: { lastUsedAt: new Date() } });
  }
  return { credentialId: row.id, key: row.key, siteId: row.siteId, siteCreatedAt: row.site.createdAt, homePage: row.homePage };
}
