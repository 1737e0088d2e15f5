// The overview's headline figures (defined once, in ./stats.ts) and whether the site has ever sent
// anything, which tells "not installed yet" apart from "a quiet period".
import 'server-only';
import { db } from '@/lib/db';
import { getStats, type Stats } from './stats';

/** The range's figures, the previous period's, and whether the site has ever sent anything. */
export async function getOverviewStats(siteId: string, from: Date, to: Date): Promise<Stats & { everSentData: boolean }> {
  const [stats, first] = await Promise.all([getStats(siteId, from, to), db.event.findFirst({ where: { siteId }, select: { id: true } })]);
  return { ...stats, everSentData: first !== null };
}
