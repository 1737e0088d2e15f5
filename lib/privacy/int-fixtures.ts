// Rows for the privacy integration tests. Every key is unique per call, so suites can share a
// database (and run on SQLite and Postgres alike) without seeing each other's rows.
import { randomUUID } from 'node:crypto';
import { db, type Prisma } from '@/lib/db';

export const DAY = 86_400_000;
export const unique = (prefix: string) => `${prefix}-${randomUUID().slice(0, 8)}`;
export const daysBefore = (now: Date, days: number) => new Date(now.getTime() - days * DAY);

export async function createSite() {
  return db.site.create({ data: { key: unique('privacy'), name: 'Privacy test', domains: ['privacy.test'] } });
}

export async function createUser(role: 'STUDENT' | 'ADMIN' = 'STUDENT') {
  const key = unique('u');
  return db.user.create({ data: { email: `${key}@privacy.test`, name: `User ${key}`, role, externalId: key } });
}

export async function createVisitor(siteId: string, userId: string | null, firstSeen: Date, lastSeen: Date) {
  return db.visitor.create({ data: { siteId, anonId: unique('anon'), userId, firstSeen, lastSeen } });
}

export async function createSession(
  visitor: { id: string; siteId: string },
  userId: string | null,
  startedAt: Date,
  extra: Partial<Prisma.SessionUncheckedCreateInput> = {},
) {
  return db.session.create({
    data: {
      siteId: visitor.siteId,
      visitorId: visitor.id,
      clientId: unique('s'),
      userId,
      startedAt,
      lastSeenAt: new Date(startedAt.getTime() + 60_000),
      entryPath: '/',
      pageviews: 1,
      ...extra,
    },
  });
}

/** An event in `session`, `minutes` after its start; `name` labels it for assertions. */
export async function createEvent(
  session: { id: string; siteId: string; visitorId: string; startedAt: Date },
  name: string,
  fields: Partial<Prisma.EventUncheckedCreateInput> = {},
) {
  return db.event.create({
    data: {
      siteId: session.siteId,
      sessionId: session.id,
      visitorId: session.visitorId,
      type: 'pageview',
      name,
      path: '/',
      timestamp: session.startedAt,
      ...fields,
    },
  });
}

/** Deletes the sites (cascading visitors, sessions, events, rollups) and users a suite made. */
export async function cleanup(siteIds: string[], userIds: string[]) {
  await db.site.deleteMany({ where: { id: { in: siteIds } } });
  await db.user.deleteMany({ where: { id: { in: userIds } } });
  await db.setting.deleteMany({ where: { key: { in: siteIds.map((id) => `rollups:coverage:${id}`) } } });
}
