import 'server-only';
import type { SessionUser } from '@/lib/auth/roles';
import { db } from '@/lib/db';

export type ChildRef = { id: string; name: string };

/** The viewer's own linked children, by name (the first is a parent's landing page); none for other roles. */
export async function getChildren(viewer: SessionUser): Promise<ChildRef[]> {
  if (viewer.role !== 'PARENT') return [];
  const links = await db.parentChild.findMany({
    where: { parentId: viewer.id },
    select: { child: { select: { id: true, name: true } } },
    orderBy: [{ child: { name: 'asc' } }, { childId: 'asc' }],
  });
  return links.map((link) => link.child);
}
