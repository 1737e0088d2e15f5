import 'server-only';
import { db } from '@/lib/db';

export type ChildSummary = { id: string; name: string };

/** A parent's linked children, by name; the first is the parent's landing page. */
export async function getChildrenOf(parentId: string): Promise<ChildSummary[]> {
  const links = await db.parentChild.findMany({
    where: { parentId },
    select: { child: { select: { id: true, name: true } } },
    orderBy: [{ child: { name: 'asc' } }, { childId: 'asc' }],
  });
  return links.map((link) => link.child);
}
