// LRS credentials (HTTP Basic key:secret) per site: created, listed, rotated and revoked from the
// admin page and `npm run lrs`. The secret is shown once; only its SHA-256 is stored (32 random
// bytes need no salt), with a hint to tell secrets apart.
import { randomBytes } from 'node:crypto';
import { recordAudit } from '@/lib/audit';
import { db } from '@/lib/db';
import { HttpError } from '@/lib/http/errors';
import { hashSecret } from '@/lib/sites/secret-hash';

export const LRS_KEY_PREFIX = 'pw_lrs_';

export type IssuedCredential = { id: string; key: string; secret: string; hint: string };
export type CredentialSummary = {
  id: string;
  key: string;
  label: string;
  hint: string;
  homePage: string | null;
  createdAt: Date;
  lastUsedAt: Date | null;
  revokedAt: Date | null;
};

function newSecret(): { secret: string; hash: string; hint: string } {
  const secret = randomBytes(32).toString('base64url');
  return { secret, hash: hashSecret(secret), hint: `…${secret.slice(-4)}` };
}

async function audit(actorId: string | null | undefined, action: string, siteId: string, details: Record<string, unknown>) {
  if (actorId === undefined) return;
  const site = await db.site.findUniqueOrThrow({ where: { id: siteId }, select: { key: true } });
  await recordAudit(db, { actorId, action, target: `site:${site.key}`, details });
}

export async function createLrsCredential(
  siteId: string,
  options: { label?: string; homePage?: string | null; actorId?: string | null } = {},
): Promise<IssuedCredential> {
  const site = await db.site.findUnique({ where: { id: siteId }, select: { id: true } });
  if (!site) throw new HttpError('unknown_site', `No site with id ${siteId}.`);
  const { secret, hash, hint } = newSecret();
  const key = `${LRS_KEY_PREFIX}${randomBytes(9).toString('base64url')}`;
  const homePage = options.homePage?.trim() || null;
  const label = options.label?.trim() || 'LRS client';
  const row = await db.xapiCredential.create({ data: { siteId, key, secretHash: hash, secretHint: hint, label, homePage } });
  await audit(options.actorId, 'lrs.create_credential', siteId, { key, label });
  return { id: row.id, key, secret, hint };
}

type CredentialRow = Awaited<ReturnType<typeof db.xapiCredential.findFirstOrThrow>>;

/** What the admin page and the CLI show of a credential: never the secret's hash. */
function toSummary(row: CredentialRow): CredentialSummary {
  return {
    id: row.id,
    key: row.key,
    label: row.label,
    hint: row.secretHint,
    homePage: row.homePage,
    createdAt: row.createdAt,
    lastUsedAt: row.lastUsedAt,
    revokedAt: row.revokedAt,
  };
}

export async function listLrsCredentials(siteId: string): Promise<CredentialSummary[]> {
  const rows = await db.xapiCredential.findMany({ where: { siteId }, orderBy: { createdAt: 'asc' } });
  return rows.map(toSummary);
}

async function owned(siteId: string, id: string) {
  const row = await db.xapiCredential.findFirst({ where: { id, siteId } });
  if (!row) throw new HttpError('invalid_request', 'No such LRS credential on this site.');
  return row;
}

/** A new secret for the same key; the old secret stops working at once. */
export async function rotateLrsCredential(siteId: string, id: string, actorId?: string | null): Promise<IssuedCredential> {
  const row = await owned(siteId, id);
  const { secret, hash, hint } = newSecret();
  await db.xapiCredential.update({ where: { id }, data: { secretHash: hash, secretHint: hint, revokedAt: null } });
  await audit(actorId, 'lrs.rotate_credential', siteId, { key: row.key });
  return { id, key: row.key, secret, hint };
}

export async function revokeLrsCredential(siteId: string, id: string, actorId?: string | null): Promise<void> {
  const row = await owned(siteId, id);
  await db.xapiCredential.update({ where: { id }, data: { revokedAt: new Date() } });
  await audit(actorId, 'lrs.revoke_credential', siteId, { key: row.key });
}

/** For the sites page: every listed site's credentials, in one query. */
export async function lrsCredentialsBySite(siteIds: string[]): Promise<Map<string, CredentialSummary[]>> {
  const rows = await db.xapiCredential.findMany({ where: { siteId: { in: siteIds } }, orderBy: { createdAt: 'asc' } });
  const bySite = new Map<string, CredentialSummary[]>();
  for (const row of rows) {
    const list = bySite.get(row.siteId) ?? [];
    list.push(toSummary(row));
    bySite.set(row.siteId, list);
  }
  return bySite;
}
