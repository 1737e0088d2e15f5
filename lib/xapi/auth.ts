// HTTP Basic with an LRS credential: the key names it, the secret's SHA-256 must match, and a
// revoked credential is refused. Not cached, like site secrets (lib/sites/lookup.ts): a revoked
// or rotated secret must stop working at once in every process. The look-up is one raw statement
// (lib/sql) rather than a Prisma ORM query: the ORM compiles every findUnique afresh, ~2 ms of
// CPU per request, a fifth of a 50-statement POST's store path (npm run bench -- xapi).
import { timingSafeEqual } from 'node:crypto';
import { db } from '@/lib/db';
import { rawRows, sql } from '@/lib/sql/run';
import { hashSecret } from '@/lib/sites/secret-hash';
import { XapiError } from './errors';

export type LrsClient = { credentialId: string; key: string; siteId: string; siteCreatedAt: Date; homePage: string | null };

/** lastUsedAt is for people ("last used"), so a minute's precision spares a write per request. */
const USED_PRECISION_MS = 60_000;

const refuse = (message: string) => new XapiError(401, message, { 'WWW-Authenticate': 'Basic realm="pathwise-lrs"' });

type Row = {
  id: string;
  key: string;
  siteId: string;
  secretHash: string;
  homePage: string | null;
  revokedAt: unknown;
  lastUsedAt: unknown;
  siteCreatedAt: unknown;
};

/** A DateTime column as the driver gives it (Date, ISO text or epoch milliseconds). */
function dateOrNull(value: unknown): Date | null {
  if (value === null || value === undefined) return null;
  const date =
    value instanceof Date ? value : new Date(typeof value === 'string' && /^\d+$/.test(value) ? Number(value) : (value as string));
  return Number.isNaN(date.getTime()) ? null : date;
}

export async function authenticateLrs(headers: Headers): Promise<LrsClient> {
  const match = /^Basic\s+([A-Za-z0-9+/=]+)\s*$/i.exec(headers.get('authorization') ?? '');
  if (!match) throw refuse('Send an LRS credential as HTTP Basic authentication.');
  const decoded = Buffer.from(match[1] ?? '', 'base64').toString('utf8');
  const colon = decoded.indexOf(':');
  if (colon < 1) throw refuse('The Basic credentials must be key:secret.');
  const [row] = await rawRows<Row>(
    sql`SELECT c."id", c."key", c."siteId", c."secretHash", c."homePage", c."revokedAt", c."lastUsedAt", s."createdAt" AS "siteCreatedAt"
        FROM "XapiCredential" c JOIN "Site" s ON s."id" = c."siteId" WHERE c."key" = ${decoded.slice(0, colon)}`,
  );
  const presented = Buffer.from(hashSecret(decoded.slice(colon + 1)), 'hex');
  const stored = Buffer.from(row?.secretHash ?? '', 'hex');
  if (!row || row.revokedAt !== null || stored.length !== presented.length || !timingSafeEqual(presented, stored)) {
    throw refuse('Unknown, revoked or rotated LRS credential.');
  }
  const lastUsedAt = dateOrNull(row.lastUsedAt);
  if (!lastUsedAt || Date.now() - lastUsedAt.getTime() > USED_PRECISION_MS) {
    await db.xapiCredential.update({ where: { id: row.id }, data: { lastUsedAt: new Date() } });
  }
  const siteCreatedAt = dateOrNull(row.siteCreatedAt);
  if (!siteCreatedAt) throw new Error(`site ${row.siteId} has no readable createdAt`);
  return { credentialId: row.id, key: row.key, siteId: row.siteId, siteCreatedAt, homePage: row.homePage };
}
