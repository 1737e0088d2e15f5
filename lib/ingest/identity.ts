// Who a browser batch is about. The page may say any uid; only a token the platform's server
// signed with the site secret makes it the user's (or the site's explicit, unsafe opt-in). A
// claim without one is stored as "claimed": its events keep no user, so nothing that describes
// a person (risk, engagement, journey, the parent's and student's pages) ever sees them.
import type { SiteConfig } from '@/lib/sites/lookup';
import { siteIdentitySecret } from '@/lib/sites/identity-secret';
import type { IdentityKind } from './identity-kind';
import { checkIdentityToken } from './identity-token';
import { userIdForExternalId } from './users';

export type ResolvedIdentity = { userId: string | null; identity: IdentityKind | null };

export async function browserIdentity(
  batch: { uid?: string; uidToken?: string },
  site: Pick<SiteConfig, 'id' | 'trustBrowserIdentity'>,
  now: number,
): Promise<ResolvedIdentity> {
  if (!batch.uid) return { userId: null, identity: null };
  if (batch.uidToken) {
    const secret = await siteIdentitySecret(site.id);
    if (secret && checkIdentityToken(secret, batch.uid, batch.uidToken, now) === 'valid')
      return { userId: await userIdForExternalId(batch.uid), identity: 'verified' };
  }
  if (site.trustBrowserIdentity) return { userId: await userIdForExternalId(batch.uid), identity: 'trusted' };
  return { userId: null, identity: 'claimed' };
}
