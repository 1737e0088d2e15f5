// Creating a site from the admin page: a readable 400 for a bad key or domain, 409 for a key
// already in use, and the creation audited in the same transaction.
import 'server-only';
import { requireAdmin } from '@/lib/access';
import type { SessionUser } from '@/lib/auth/roles';
import { db } from '@/lib/db';
import { z } from 'zod';
import { recordAudit } from '@/lib/audit';
import { HttpError } from '@/lib/http/errors';
import { serverTimeZone } from '@/lib/time/site-day';
import { forgetCachedSites } from './lookup';

// A host pattern as lib/ingest/origin.ts matches it: optional "*." prefix, optional port.
const DOMAIN = /^(\*\.)?[a-z0-9]([a-z0-9-]*[a-z0-9])?(\.[a-z0-9]([a-z0-9-]*[a-z0-9])?)*(:(\d{1,5}|\*))?$/;

export const newSiteSchema = z.object({
  name: z.string().trim().min(1, 'Give the site a name').max(120),
  key: z
    .string()
    .trim()
    .toLowerCase()
    .regex(/^[a-z0-9][a-z0-9-]{1,62}$/, 'The key is 2–63 lowercase letters, digits and dashes, starting with a letter or digit'),
  domains: z
    .string()
    .transform((text) => [
      ...new Set(
        text
          .split(/[\s,]+/)
          .map((domain) => domain.trim().toLowerCase())
          .filter(Boolean),
      ),
    ])
    .pipe(
      z
        .array(z.string().max(253).regex(DOMAIN, 'Domains look like school.edu, *.school.edu or localhost:3000'))
        .min(1, 'List at least one domain the tracker may send from')
        .max(50),
    ),
});
export type NewSite = z.input<typeof newSiteSchema>;

export async function createSite(admin: SessionUser, input: NewSite): Promise<{ id: string; key: string }> {
  requireAdmin(admin);
  const site = newSiteSchema.parse(input);
  try {
    const created = await db.$transaction(async (tx) => {
      // A new site counts days in the server's zone until an admin picks its own (Admin → Sites).
      const row = await tx.site.create({ data: { ...site, timeZone: serverTimeZone() }, select: { id: true, key: true } });
      await recordAudit(tx, {
        actorId: admin.id,
        action: 'site.create',
        target: `site:${row.key}`,
        details: { name: site.name, domains: site.domains },
      });
      return row;
    });
    forgetCachedSites();
    return created;
  } catch (error) {
    // The unique index on Site.key decides, so two admins racing for one key cannot both win.
    if ((error as { code?: string }).code === 'P2002') {
      throw new HttpError('site_key_taken', `The key "${site.key}" is already used by another site. Choose another.`);
    }
    throw error;
  }
}
