// Per-site consent and collection limits. The SDK and ingest read these columns; admins change
// them on /admin/sites, and each change is audited with the values before and after.
import 'server-only';
import { requireAdmin } from '@/lib/access';
import type { SessionUser } from '@/lib/auth/roles';
import { db } from '@/lib/db';
import { z } from 'zod';
import { recordAudit } from '@/lib/audit';
import { HttpError } from '@/lib/http/errors';
import { domainList } from '@/lib/ingest/origin';

export const SITE_SETTING_FIELDS = [
  'respectDnt',
  'captureText',
  'captureMouse',
  'requireConsent',
  'trustBrowserLearningEvents',
  'trustBrowserIdentity',
] as const;
export type SiteSettingField = (typeof SITE_SETTING_FIELDS)[number];
export type SiteCollectionSettings = Record<SiteSettingField, boolean>;

export const siteCollectionSettingsSchema = z.strictObject({
  respectDnt: z.boolean(),
  captureText: z.boolean(),
  captureMouse: z.boolean(),
  requireConsent: z.boolean(),
  trustBrowserLearningEvents: z.boolean(),
  trustBrowserIdentity: z.boolean(),
});

const SELECT = {
  id: true,
  key: true,
  respectDnt: true,
  captureText: true,
  captureMouse: true,
  requireConsent: true,
  trustBrowserLearningEvents: true,
  trustBrowserIdentity: true,
} as const;

/**
 * Saves a site's settings; only changed fields are written and audited. Returns what changed
 * (empty when nothing did, and then nothing is audited).
 */
export async function updateSiteCollectionSettings(admin: SessionUser, siteId: string, input: SiteCollectionSettings) {
  requireAdmin(admin);
  const next = siteCollectionSettingsSchema.parse(input);
  // Read before the transaction, which starts with its write (see lib/privacy/anonymise.ts on SQLite).
  const site = await db.site.findUnique({ where: { id: siteId }, select: SELECT });
  if (!site) throw new HttpError('unknown_site', `There is no site with id "${siteId}".`);
  const changed = SITE_SETTING_FIELDS.filter((field) => site[field] !== next[field]);
  if (changed.length === 0) return { changed: [] as SiteSettingField[] };
  const before = Object.fromEntries(changed.map((field) => [field, site[field]]));
  const after = Object.fromEntries(changed.map((field) => [field, next[field]]));
  await db.$transaction(async (tx) => {
    await tx.site.update({ where: { id: siteId }, data: after });
    await recordAudit(tx, { actorId: admin.id, action: 'settings.update', target: `site:${site.key}`, details: { before, after } });
  });
  return { changed };
}

export type SiteSettingsRow = SiteCollectionSettings & {
  id: string;
  key: string;
  name: string;
  domains: string[];
  secretHint: string | null;
  /** IANA zone of the site's days (lib/sites/time-zone.ts sets it). */
  timeZone: string;
  /** Browser batches that named a user without a valid identity token (forging attempts show here). */
  unverifiedClaims: { events: number; sessions: number };
};

/** Every site with what /admin/sites shows: settings, allowed domains and the secret's hint (never the secret). */
export async function listSiteCollectionSettings(admin: SessionUser): Promise<SiteSettingsRow[]> {
  requireAdmin(admin);
  const [sites, claims] = await Promise.all([
    db.site.findMany({
      select: { ...SELECT, name: true, domains: true, secretHint: true, timeZone: true },
      orderBy: [{ createdAt: 'asc' }, { key: 'asc' }],
    }),
    db.session.groupBy({
      by: ['siteId'],
      where: { unverifiedEvents: { gt: 0 } },
      _sum: { unverifiedEvents: true },
      _count: { _all: true },
    }),
  ]);
  const bySite = new Map(claims.map((row) => [row.siteId, { events: row._sum.unverifiedEvents ?? 0, sessions: row._count._all }]));
  return sites.map((site) => ({
    ...site,
    domains: domainList(site.domains),
    unverifiedClaims: bySite.get(site.id) ?? { events: 0, sessions: 0 },
  }));
}
