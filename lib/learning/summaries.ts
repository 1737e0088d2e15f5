// Small per-student reads shared by the journey (staff) and the child/me summary (family).
import 'server-only';
import { db } from '@/lib/db';
import { readActivity } from './activity';

export type PillarXp = { pillarId: string | null; key: string | null; name: string; color: string | null; xp: number };

/** XP by pillar, every pillar listed (zero when none), so charts keep the same axis for everyone. */
export async function xpByPillar(userId: string): Promise<PillarXp[]> {
  const [sums, pillars] = await Promise.all([
    db.xpEntry.groupBy({ by: ['pillarId'], where: { userId }, _sum: { amount: true } }),
    db.pillar.findMany({ select: { id: true, key: true, name: true, color: true }, orderBy: [{ name: 'asc' }, { id: 'asc' }] }),
  ]);
  const total = new Map(sums.map((row) => [row.pillarId, row._sum.amount ?? 0]));
  const rows: PillarXp[] = pillars.map((pillar) => ({
    pillarId: pillar.id,
    key: pillar.key,
    name: pillar.name,
    color: pillar.color,
    xp: total.get(pillar.id) ?? 0,
  }));
  const unfiled = total.get(null) ?? 0;
  if (unfiled > 0) rows.push({ pillarId: null, key: null, name: 'Other', color: null, xp: unfiled });
  return rows;
}

/** The pillar with the most XP; null before any XP. Ties go to the pillar listed first. */
export function favouritePillar(rows: readonly PillarXp[]): PillarXp | null {
  let best: PillarXp | null = null;
  for (const row of rows) if (row.pillarId !== null && row.xp > 0 && (!best || row.xp > best.xp)) best = row;
  return best;
}

/** UTC days with a signed-in session, and the time spent, from `since` (all time when omitted). */
export function activity(userId: string, since?: Date) {
  return readActivity(db, userId, since);
}
