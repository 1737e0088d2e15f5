// Which tracked rows are "about" a person. The access export and the erasure both use these
// filters, so what an admin downloads is exactly what an erasure removes.
//
// A user's tracked data: events and sessions carrying their user id, plus the anonymous
// (pre-sign-in) events and sessions of their browsers (visitors linked to them) and of their
// sessions. Rows another signed-in user left on a shared browser are that user's, not theirs.
import type { Db, Prisma } from '@/lib/db';

export type UserScope = { userId: string; visitorIds: string[] };

export async function userScope(db: Pick<Db, 'visitor'>, userId: string): Promise<UserScope> {
  const visitors = await db.visitor.findMany({ where: { userId }, select: { id: true }, orderBy: { firstSeen: 'asc' } });
  return { userId, visitorIds: visitors.map((visitor) => visitor.id) };
}

export function userEventsWhere({ userId, visitorIds }: UserScope): Prisma.EventWhereInput {
  return {
    OR: [{ userId }, { userId: null, visitorId: { in: visitorIds } }, { userId: null, session: { userId } }],
  };
}

export function userSessionsWhere({ userId, visitorIds }: UserScope): Prisma.SessionWhereInput {
  return { OR: [{ userId }, { userId: null, visitorId: { in: visitorIds } }] };
}
