// Site secrets: the bearer token of POST /api/events and the key that signs identity tokens. The
// secret is shown once, when generated; its SHA-256 (for the bearer look-up), a short hint (for
// recognition) and a copy sealed under AUTH_SECRET (to verify identity tokens) are stored.
import { randomBytes } from 'node:crypto';
import { recordAudit } from '@/lib/audit';
import { db } from '@/lib/db';
import { HttpError } from '@/lib/http/errors';
import { forgetCachedSites } from './lookup';
import { SECRET_PREFIX, hashSecret, secretHint } from './secret-hash';
import { sealSiteSecret } from './secret-seal';

export type GeneratedSecret = { secret: string; hash: string; hint: string };

export function generateSiteSecret(): GeneratedSecret {
  // 32 random bytes: unguessable, and SHA-256 without a salt is fine for a secret this long.
  const secret = `${SECRET_PREFIX}${randomBytes(32).toString('base64url')}`;
  return { secret, hash: hashSecret(secret), hint: secretHint(secret) };
}

/**
 * Replaces the site's secret; the old one stops working at once, for server batches and for the
 * identity tokens it signed. Returns the new secret, once.
 * With an actor (the admin page), the rotation is audited in the same transaction.
 */
export async function rotateSiteSecret(siteId: string, actorId?: string): Promise<{ secret: string; hint: string }> {
  const { secret, hash, hint } = generateSiteSecret();
  await db.$transaction(async (tx) => {
    const updated = await tx.site.updateMany({
      where: { id: siteId },
      data: { secretHash: hash, secretHint: hint, secretSealed: sealSiteSecret(secret, siteId) },
    });
    if (updated.count === 0) throw new HttpError('unknown_site', `No site with id ${siteId}.`);
    if (!actorId) return;
    // Read after the write: the transaction already holds SQLite's write lock (lib/privacy/anonymise.ts).
    const site = await tx.site.findUniqueOrThrow({ where: { id: siteId }, select: { key: true } });
    await recordAudit(tx, { actorId, action: 'site.rotate_secret', target: `site:${site.key}`, details: { hint } });
  });
  forgetCachedSites();
  return { secret, hint };
}
