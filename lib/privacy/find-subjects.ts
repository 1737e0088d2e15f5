// The admin privacy page's search: a user by e-mail (or external/internal id), a visitor by its
// id or the anonymous id the SDK keeps in the browser. Counts show what an erasure would remove.
import 'server-only';
import { requireAdmin } from '@/lib/access';
import type { SessionUser } from '@/lib/auth/roles';
import { db, type Db } from '@/lib/db';
import { userEventsWhere, userScope, userSessionsWhere } from './subject-scope';

export type UserSubject = {
  id: string;
  email: string;
  name: string;
  role: string;
  counts: { events: number; sessions: number; visitors: number; riskScores: number };
};

export type VisitorSubject = {
  id: string;
  anonId: string;
  site: { key: string; name: string };
  userEmail: string | null;
  firstSeen: string;
  lastSeen: string;
  counts: { events: number; sessions: number };
};

const LIMIT = 10;

async function findUsers(db: Db, query: string) {
  const select = { id: true, email: true, name: true, role: true } as const;
  const exact = await db.user.findMany({
    where: { OR: [{ email: query.toLowerCase() }, { externalId: query }, { id: query }] },
    select,
    take: LIMIT,
  });
  if (exact.length > 0 || !query.includes('@')) return exact;
  // Postgres `contains` is case-sensitive and addresses are stored in lower case.
  return db.user.findMany({ where: { email: { contains: query.toLowerCase() } }, select, orderBy: { email: 'asc' }, take: LIMIT });
}

export async function findPrivacySubjects(
  admin: SessionUser,
  rawQuery: string,
): Promise<{ users: UserSubject[]; visitors: VisitorSubject[] }> {
  requireAdmin(admin);
  const query = rawQuery.trim();
  if (!query) return { users: [], visitors: [] };
  const [users, visitors] = await Promise.all([
    findUsers(db, query),
    db.visitor.findMany({
      where: { OR: [{ id: query }, { anonId: query }] },
      select: {
        id: true,
        anonId: true,
        firstSeen: true,
        lastSeen: true,
        site: { select: { key: true, name: true } },
        user: { select: { email: true } },
      },
      take: LIMIT,
    }),
  ]);
  return {
    users: await Promise.all(
      users.map(async (user) => {
        const scope = await userScope(db, user.id);
        const [events, sessions, riskScores] = await Promise.all([
          db.event.count({ where: userEventsWhere(scope) }),
          db.session.count({ where: userSessionsWhere(scope) }),
          db.riskScore.count({ where: { userId: user.id } }),
        ]);
        return { ...user, counts: { events, sessions, visitors: scope.visitorIds.length, riskScores } };
      }),
    ),
    visitors: await Promise.all(
      visitors.map(async (visitor) => ({
        id: visitor.id,
        anonId: visitor.anonId,
        site: visitor.site,
        userEmail: visitor.user?.email ?? null,
        firstSeen: visitor.firstSeen.toISOString(),
        lastSeen: visitor.lastSeen.toISOString(),
        counts: {
          events: await db.event.count({ where: { visitorId: visitor.id } }),
          sessions: await db.session.count({ where: { visitorId: visitor.id } }),
        },
      })),
    ),
  };
}
