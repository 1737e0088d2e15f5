// The overview's headline figures. One definition for the whole app lives in ./stats.ts (see its
// header); this module keeps the overview's name for it and the "has this site ever sent data" check.
import 'server-only';
import { getKpis, getStats, type Kpis, type Stats } from './stats';
import { siteHasEvents } from './site-has-events';

export type OverviewTotals = Kpis;

/** Headline figures for one site over [from, to). */
export function getOverviewTotals(siteId: string, from: Date, to: Date): Promise<OverviewTotals> {
  return getKpis(siteId, from, to);
}

/** The range's figures, the previous period's, and whether the site has ever sent anything. */
export async function getOverviewStats(siteId: string, from: Date, to: Date): Promise<Stats & { everSentData: boolean }> {
  const [stats, everSentData] = await Promise.all([getStats(siteId, from, to), siteHasEvents(siteId)]);
  return { ...stats, everSentData };
}
