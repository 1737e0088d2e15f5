// Test-only builders for learning-analytics integration tests: every row gets a unique key, and
// `cleanup()` removes exactly what was made, so suites can share one database.
import { randomUUID } from 'node:crypto';
import { siteForSystem, type AuthorizedSite } from '@/lib/access';
import type { SessionUser } from '@/lib/auth/roles';
import { db, type Prisma } from '@/lib/db';
import { HttpError } from '@/lib/http/errors';

export const unique = (prefix: string) => `${prefix}-${randomUUID().slice(0, 8)}`;

/** For `assert.rejects`: the call was refused with this error code. */
export const refusedWith = (code: string) => (error: unknown) => error instanceof HttpError && error.code === code;

export class Made {
  readonly users: string[] = [];
  readonly sites: string[] = [];
  readonly courses: string[] = [];
  readonly pillars: string[] = [];
  readonly badges: string[] = [];

  async user(role: SessionUser['role'], data: Partial<Prisma.UserCreateManyInput> = {}): Promise<SessionUser & { createdAt: Date }> {
    const email = `${unique(role.toLowerCase())}@learning.test`;
    const user = await db.user.create({
      data: { email, name: data.name ?? email.split('@')[0]!, role, ...data },
      select: { id: true, email: true, name: true, role: true, createdAt: true },
    });
    this.users.push(user.id);
    return user;
  }

  async site(): Promise<AuthorizedSite> {
    const site = await db.site.create({
      data: { key: unique('site'), name: 'Learning test site', domains: ['learning.test'], trustBrowserLearningEvents: true },
    });
    this.sites.push(site.id);
    return siteForSystem({ id: site.id, key: site.key, name: site.name, timeZone: site.timeZone });
  }

  async pillar(name = 'Test pillar') {
    const pillar = await db.pillar.create({ data: { key: unique('pillar'), name, color: '#123456' } });
    this.pillars.push(pillar.id);
    return pillar;
  }

  /** A course with quests, each with `tasks` tasks worth 10 XP; quests are worth `questXp`. */
  async course(
    options: { instructorId?: string; siteId?: string; pillarId?: string; quests?: number; tasks?: number; questXp?: number } = {},
  ) {
    const course = await db.course.create({
      data: {
        slug: unique('course'),
        title: unique('Course'),
        kind: 'COURSE',
        instructorId: options.instructorId,
        siteId: options.siteId,
        pillarId: options.pillarId,
      },
    });
    this.courses.push(course.id);
    const quests = [];
    for (let q = 0; q < (options.quests ?? 1); q++) {
      const quest = await db.course.create({
        data: {
          slug: unique('quest'),
          title: `Quest ${q + 1} ${unique('q')}`,
          kind: 'QUEST',
          xp: options.questXp ?? 100,
          parentId: course.id,
          instructorId: options.instructorId,
          siteId: options.siteId,
          pillarId: options.pillarId,
        },
      });
      this.courses.push(quest.id);
      const tasks = [];
      for (let t = 1; t <= (options.tasks ?? 2); t++)
        tasks.push(await db.task.create({ data: { slug: unique('task'), courseId: quest.id, title: `Task ${t}`, position: t, xp: 10 } }));
      quests.push({ ...quest, tasks });
    }
    return { ...course, quests };
  }

  async badge() {
    const badge = await db.badge.create({ data: { key: unique('badge'), name: unique('Badge') } });
    this.badges.push(badge.id);
    return badge;
  }

  async enrol(userId: string, courseId: string, data: Partial<Prisma.EnrollmentCreateManyInput> = {}) {
    return db.enrollment.create({ data: { userId, courseId, ...data } });
  }

  /** A student enrolled with `teacher`, their `parent`, and an `other` instructor teaching another course. */
  async studentWithStaff(name: string) {
    const teacher = await this.user('INSTRUCTOR');
    const other = await this.user('INSTRUCTOR');
    const parent = await this.user('PARENT');
    const student = await this.user('STUDENT', { name });
    const course = await this.course({ instructorId: teacher.id });
    await this.course({ instructorId: other.id });
    await this.enrol(student.id, course.id);
    await db.parentChild.create({ data: { parentId: parent.id, childId: student.id } });
    return { teacher, other, parent, student };
  }

  /** One signed-in session (with its visitor) from `start` lasting `minutes`, verified as a server or signed token would make it. */
  async session(siteId: string, userId: string, start: Date, minutes: number) {
    const visitor = await db.visitor.create({ data: { siteId, anonId: unique('anon'), userId, firstSeen: start, lastSeen: start } });
    return db.session.create({
      data: {
        siteId,
        clientId: unique('client'),
        visitorId: visitor.id,
        userId,
        identity: 'verified',
        startedAt: start,
        lastSeenAt: new Date(start.getTime() + minutes * 60_000),
        durationMs: minutes * 60_000,
      },
    });
  }

  /** A `custom` platform event in `session`. */
  async event(
    session: { id: string; siteId: string; visitorId: string; userId: string | null },
    name: string,
    at: Date,
    options: { props?: Prisma.InputJsonValue; trusted?: boolean } = {},
  ) {
    return db.event.create({
      data: {
        siteId: session.siteId,
        sessionId: session.id,
        visitorId: session.visitorId,
        userId: session.userId,
        type: 'custom',
        name,
        timestamp: at,
        props: options.props,
        trusted: options.trusted ?? true,
      },
    });
  }

  async cleanup() {
    await db.site.deleteMany({ where: { id: { in: this.sites } } });
    await db.course.deleteMany({ where: { id: { in: this.courses }, parentId: { not: null } } });
    await db.course.deleteMany({ where: { id: { in: this.courses } } });
    await db.badge.deleteMany({ where: { id: { in: this.badges } } });
    await db.pillar.deleteMany({ where: { id: { in: this.pillars } } });
    await db.user.deleteMany({ where: { id: { in: this.users } } });
  }
}

export const daysAgo = (now: Date, days: number, hour = 10) => {
  const day = new Date(Math.floor(now.getTime() / 86_400_000) * 86_400_000 - days * 86_400_000);
  return new Date(day.getTime() + hour * 3_600_000);
};
