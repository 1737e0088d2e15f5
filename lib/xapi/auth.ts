// HTTP Basic with an LRS credential: the key names it, the secret's SHA-256 must match, and a
// revoked credential is refused. Answers are cached briefly: a conformance run or a busy Moodle
// sends thousands of requests, each would otherwise cost a look-up.
import { timingSafeEqual } from 'node:crypto';
import { db } from '@/lib/db';
import { hashSecret } from '@/lib/sites/secret-hash';
import { XapiError } from './errors';

export type LrsClient = { credentialId: string; key: string; siteId: string; siteCreatedAt: Date; homePage: string | null };

const TTL_MS = 5_000;
const cache = new Map<string, { at: number; row: (LrsClient & { secretHash: string; revoked: boolean }) | null }>();

async function credentialByKey(key: string) {
  const hit = cache.get(key);
  if (hit && Date.now() - hit.at < TTL_MS) return hit.row;
  const found = await db.xapiCredential.findUnique({ where: { key }, include: { site: { select: { createdAt: true } } } });
  const row = found
    ? {
        credentialId: found.id,
        key: found.key,
        siteId: found.siteId,
        siteCreatedAt: found.site.createdAt,
        homePage: found.homePage,
        secretHash: found.secretHash,
        revoked: found.revokedAt !== null,
      }
    : null;
  if (cache.size > 1_000) cache.clear();
  cache.set(key, { at: Date.now(), row });
  if (row) void db.xapiCredential.update({ where: { id: row.credentialId }, data: { lastUsedAt: new Date() } }).catch(() => undefined);
  return row;
}

export function forgetCachedCredentials(): void {
  cache.clear();
}

const refuse = (message: string) => new XapiError(401, message, { 'WWW-Authenticate': 'Basic realm="pathwise-lrs"' });

export async function authenticateLrs(headers: Headers): Promise<LrsClient> {
  const match = /^Basic\s+([A-Za-z0-9+/=]+)\s*$/i.exec(headers.get('authorization') ?? '');
  if (!match) throw refuse('Send an LRS credential as HTTP Basic authentication.');
  const decoded = Buffer.from(match[1] ?? '', 'base64').toString('utf8');
  const colon = decoded.indexOf(':');
  if (colon < 1) throw refuse('The Basic credentials must be key:secret.');
  const row = await credentialByKey(decoded.slice(0, colon));
  const presented = Buffer.from(hashSecret(decoded.slice(colon + 1)), 'hex');
  if (!row || row.revoked || !timingSafeEqual(presented, Buffer.from(row.secretHash, 'hex'))) {
    throw refuse('Unknown, revoked or rotated LRS credential.');
  }
  return { credentialId: row.credentialId, key: row.key, siteId: row.siteId, siteCreatedAt: row.siteCreatedAt, homePage: row.homePage };
}
