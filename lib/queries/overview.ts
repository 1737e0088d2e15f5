// The overview's headline figures (defined once, in ./stats.ts) and whether the site has ever sent
// anything, which tells "not installed yet" apart from "a quiet period".
import 'server-only';
import type { AuthorizedSite } from '@/lib/access';
import { db } from '@/lib/db';
import { getStats, type Stats } from './stats';

/** The range's figures, the previous period's, and whether the site has ever sent anything. */
export async function getOverviewStats(site: AuthorizedSite, from: Date, to: Date): Promise<Stats & { everSentData: boolean }> {
  const [stats, first] = await Promise.all([
    getStats(site, from, to),
    db.event.findFirst({ where: { siteId: site.id }, select: { id: true } }),
  ]);
  return { ...stats, everSentData: first !== null };
}
