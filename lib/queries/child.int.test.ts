// Exact figures for the per-student queries: the family summary, engagement, journey and popular
// quests, on one hand-built student with a fixed "now" (Wednesday 16 Jan 2030, 12:00 UTC).
import '@/lib/testing/server-modules';
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import type { AuthorizedSite } from '@/lib/access';
import type { SessionUser } from '@/lib/auth/roles';
import { db } from '@/lib/db';
import { Made } from '@/lib/testing/learning-fixtures';
import { parseFilters } from '@/lib/params/filters';
import { daySpan } from '@/lib/time/site-day';

const made = new Made();
const now = new Date('2030-01-16T12:00:00Z');
const at = (iso: string) => new Date(`${iso}Z`);
let q: {
  getChildSummary: typeof import('./child').getChildSummary;
  getEngagement: typeof import('./engagement').getEngagement;
  getJourney: typeof import('./journey').getJourney;
  getPopularQuests: typeof import('./quests').getPopularQuests;
  studentViewFilters: typeof import('@/lib/learning/view-zone').studentViewFilters;
  accessibleSites: typeof import('@/lib/access').accessibleSites;
};
let admin: SessionUser;
let parent: SessionUser;
let child: SessionUser;
let site: AuthorizedSite;
let science: { id: string };
let quests: Array<{ id: string; slug: string; title: string }>;

before(async () => {
  q = {
    getChildSummary: (await import('./child')).getChildSummary,
    getEngagement: (await import('./engagement')).getEngagement,
    getJourney: (await import('./journey')).getJourney,
    getPopularQuests: (await import('./quests')).getPopularQuests,
    studentViewFilters: (await import('@/lib/learning/view-zone')).studentViewFilters,
    accessibleSites: (await import('@/lib/access')).accessibleSites,
  };
  admin = await made.user('ADMIN');
  parent = await made.user('PARENT');
  child = await made.user('STUDENT', { createdAt: at('2030-01-01T09:00:00') });
  await db.parentChild.create({ data: { parentId: parent.id, childId: child.id } });
  site = await made.site();
  science = await made.pillar('Science');
  const art = await made.pillar('Art');
  const course = await made.course({ siteId: site.id, pillarId: science.id, quests: 2 });
  quests = course.quests;
  await db.course.update({ where: { id: quests[1]!.id }, data: { pillarId: art.id } });

  const wed = await made.session(site.id, child.id, at('2030-01-16T10:00:00'), 30);
  const sun = await made.session(site.id, child.id, at('2030-01-13T17:00:00'), 20);
  await made.session(site.id, child.id, at('2030-01-06T16:00:00'), 15);
  await made.event(wed, 'login_success', at('2030-01-16T10:00:00'));
  await made.event(wed, 'login_success', at('2030-01-16T10:01:00'), { trusted: false });
  await made.event(sun, 'quest_started', at('2030-01-13T17:01:00'), { props: { questId: quests[0]!.slug } });
  await made.event(sun, 'quest_started', at('2030-01-13T17:02:00'), { props: { questId: quests[1]!.slug } });
  await made.event(wed, 'quest_completed', at('2030-01-16T10:20:00'), { props: { questId: quests[1]!.slug } });
  await made.event(wed, 'quest_viewed', at('2030-01-16T10:05:00'), { props: { questId: quests[0]!.slug }, trusted: false });
  await made.event(wed, 'quest_viewed', at('2030-01-16T10:06:00'), { props: { questId: quests[0]!.slug } });
  await made.event(wed, 'quest_started', at('2030-01-16T10:07:00'), { props: { questId: quests[0]!.slug }, trusted: false });

  await made.enrol(child.id, course.id, {
    status: 'COMPLETED',
    completedAt: at('2030-01-15T18:00:00'),
    startedAt: at('2030-01-06T16:05:00'),
  });
  await made.enrol(child.id, quests[0]!.id, {
    status: 'COMPLETED',
    progress: 1,
    startedAt: at('2030-01-06T16:05:00'),
    completedAt: at('2030-01-12T16:00:00'),
  });
  await made.enrol(child.id, quests[1]!.id, {
    status: 'COMPLETED',
    progress: 1,
    startedAt: at('2030-01-13T17:02:00'),
    completedAt: at('2030-01-15T18:00:00'),
  });
  await db.xpEntry.createMany({
    data: [
      { userId: child.id, pillarId: science.id, amount: 100, reason: 'quest_completed:a', createdAt: at('2030-01-12T16:00:00') },
      { userId: child.id, pillarId: science.id, amount: 10, reason: 'task_completed:a1', createdAt: at('2030-01-16T10:10:00') },
      { userId: child.id, pillarId: art.id, amount: 50, reason: 'quest_completed:b', createdAt: at('2030-01-15T18:00:00') },
    ],
  });
  const badge = await made.badge();
  await db.badgeAward.create({ data: { userId: child.id, badgeId: badge.id, awardedAt: at('2030-01-10T08:00:00') } });
});
after(async () => {
  await made.cleanup();
  await db.$disconnect();
});

describe('getChildSummary (parent page and /me)', () => {
  test('the exact summary', async () => {
    const summary = await q.getChildSummary(parent, child.id, now);
    assert.deepEqual(summary.rhythm, {
      light: 'green',
      headline: 'Learning regularly',
      reason: 'Last learned today.',
      daysAgo: 0,
      greenWithinDays: 3,
    });
    assert.equal(summary.minutesThisWeek, 30); // Monday 14 Jan onwards
    assert.equal(summary.minutesOverall, 65);
    assert.equal(summary.currentStreak, 1);
    assert.equal(summary.totalXp, 160);
    assert.deepEqual(summary.favouritePillar, { name: 'Science', xp: 110 });
    assert.deepEqual(
      summary.xpByPillar
        .filter((row) => ['Science', 'Art'].includes(row.name))
        .map((row) => [row.name, row.xp])
        .sort(),
      [
        ['Art', 50],
        ['Science', 110],
      ],
    );
    assert.equal(summary.questsCompleted, 2);
    assert.deepEqual(
      summary.recentCompletions.map((row) => [row.title, row.pillar, row.at]),
      [
        [quests[1]!.title, 'Art', '2030-01-15T18:00:00.000Z'],
        [quests[0]!.title, 'Science', '2030-01-12T16:00:00.000Z'],
      ],
    );
    assert.equal(summary.badges.length, 1);
  });

  test('four quiet days turn the light yellow, with the reason', async () => {
    const summary = await q.getChildSummary(child, child.id, new Date('2030-01-20T09:00:00Z'));
    assert.deepEqual(summary.rhythm, {
      light: 'yellow',
      headline: 'Taking a break',
      reason: 'Last learned 4 days ago: more than 3 days without learning.',
      daysAgo: 4,
      greenWithinDays: 3,
    });
    assert.equal(summary.minutesThisWeek, 30);
    assert.equal(summary.currentStreak, 0);
  });
});

describe('getEngagement', () => {
  test('10–17 Jan: two sessions, trusted logins and quest events only', async () => {
    const data = await q.getEngagement(admin, child.id, at('2030-01-10T00:00:00'), at('2030-01-17T00:00:00'), now);
    assert.deepEqual(
      [
        data.sessions,
        data.activeMinutes,
        data.averageSessionMinutes,
        data.activeDays,
        data.logins,
        data.questsStarted,
        data.questsCompleted,
        data.completionRate,
        data.xpEarned,
        data.badgesEarned,
        data.currentStreak,
      ],
      [2, 50, 25, 2, 1, 2, 1, 0.5, 160, 1, 1],
    );
    assert.equal(data.daily.length, 7);
    assert.deepEqual(
      data.daily.filter((day) => day.sessions > 0),
      [
        { day: '2030-01-13', minutes: 20, sessions: 1 },
        { day: '2030-01-16', minutes: 30, sessions: 1 },
      ],
    );
    assert.equal(data.lastActiveAt, '2030-01-16T10:30:00.000Z');
  });
});

describe('getJourney', () => {
  test('milestones newest first, streaks, time and favourite pillar', async () => {
    const journey = await q.getJourney(admin, child.id, now);
    assert.deepEqual(
      journey.milestones.map((m) => [m.at.slice(0, 10), m.kind]),
      [
        ['2030-01-15', 'course_completed'],
        ['2030-01-15', 'quest_completed'],
        ['2030-01-12', 'quest_completed'],
        ['2030-01-10', 'badge'],
        ['2030-01-06', 'first_quest'],
        ['2030-01-06', 'first_visit'],
        ['2030-01-01', 'joined'],
      ],
    );
    assert.deepEqual(journey.firstQuest, { title: quests[0]!.title, at: '2030-01-06T16:05:00.000Z' });
    assert.deepEqual(journey.totals, { sessions: 3, minutesOnPlatform: 65, questsCompleted: 2, badges: 1, xp: 160 });
    assert.deepEqual([journey.currentStreak, journey.longestStreak], [1, 1]);
    assert.deepEqual(journey.favouritePillar, { name: 'Science', xp: 110 });
  });
});

describe('getPopularQuests', () => {
  test('views from anyone; starts and completions only when trusted; popularity = v + 2s + 5c', async () => {
    const rows = await q.getPopularQuests(admin, site, at('2030-01-16T00:00:00'), at('2030-01-17T00:00:00'));
    assert.deepEqual(
      rows.map((row) => [row.slug, row.views, row.starts, row.completions, row.completionRate, row.popularity]),
      [
        [quests[1]!.slug, 0, 0, 1, null, 5],
        [quests[0]!.slug, 2, 0, 0, null, 2],
      ],
    );
    const week = await q.getPopularQuests(admin, site, at('2030-01-10T00:00:00'), at('2030-01-17T00:00:00'));
    assert.deepEqual(
      week.map((row) => [row.slug, row.starts, row.completions, row.completionRate, row.popularity]),
      [
        [quests[1]!.slug, 1, 1, 1, 7],
        [quests[0]!.slug, 1, 0, 0, 4],
      ],
    );
  });
});

describe('a student’s days in a site’s time zone', () => {
  const SH = 'Asia/Shanghai';
  let shanghai: AuthorizedSite;
  before(async () => {
    const made2 = await made.site();
    await db.site.update({ where: { id: made2.id }, data: { timeZone: SH } });
    shanghai = { ...made2, timeZone: SH };
  });

  test('engagement: each day, active days and the streak are Shanghai days (UTC+8)', async () => {
    const student = await made.user('STUDENT');
    await made.session(shanghai.id, student.id, at('2030-01-13T17:00:00'), 20); // 14 Jan 01:00 in Shanghai
    await made.session(shanghai.id, student.id, at('2030-01-16T10:00:00'), 30); // 16 Jan 18:00
    const span = daySpan(SH, '2030-01-10', '2030-01-16');
    const data = await q.getEngagement(admin, student.id, span.from, span.to, now, SH);
    assert.equal(data.timeZone, SH);
    assert.deepEqual(
      data.daily.map((day) => day.day),
      ['2030-01-10', '2030-01-11', '2030-01-12', '2030-01-13', '2030-01-14', '2030-01-15', '2030-01-16'],
    );
    assert.deepEqual(
      data.daily.filter((day) => day.sessions > 0),
      [
        { day: '2030-01-14', minutes: 20, sessions: 1 },
        { day: '2030-01-16', minutes: 30, sessions: 1 },
      ],
    );
    // 17 Jan 01:00 in Shanghai (still the 16th in UTC): 16 Jan was yesterday, so the streak holds.
    const late = await q.getEngagement(admin, student.id, span.from, span.to, at('2030-01-16T17:00:00'), SH);
    assert.equal(late.currentStreak, 1);
    // 18 Jan 01:00 in Shanghai (the 17th in UTC): two days on, the streak is over.
    const later = await q.getEngagement(admin, student.id, span.from, span.to, at('2030-01-17T17:00:00'), SH);
    assert.equal(later.currentStreak, 0);
  });

  test('journey: today is a day of the zone the days are counted in', async () => {
    const student = await made.user('STUDENT');
    await made.session(shanghai.id, student.id, at('2030-01-16T17:00:00'), 10); // 17 Jan 01:00 in Shanghai
    // 19 Jan 01:00 in Shanghai, 18 Jan in UTC: 17 Jan is two days back there, not yesterday.
    assert.equal((await q.getJourney(admin, student.id, at('2030-01-18T17:00:00'))).currentStreak, 0);
    assert.equal((await q.getJourney(admin, student.id, at('2030-01-18T15:00:00'))).currentStreak, 1);
  });

  test('the student page counts days in the zone of the site it is scoped to, else the viewer’s first site', async () => {
    const named = parseFilters(new URLSearchParams(`site=${shanghai.key}&from=2030-01-10&to=2030-01-16`));
    const scoped = await q.studentViewFilters(admin, named);
    assert.equal(scoped.timeZone, SH);
    assert.deepEqual([scoped.from, scoped.to], [daySpan(SH, '2030-01-10', '2030-01-16').from, daySpan(SH, '2030-01-10', '2030-01-16').to]);
    const first = (await q.accessibleSites(admin))[0]!;
    const unscoped = await q.studentViewFilters(admin, parseFilters(new URLSearchParams('from=2030-01-10&to=2030-01-16')));
    assert.equal(unscoped.timeZone, first.timeZone);
    assert.deepEqual(unscoped.from, daySpan(first.timeZone, '2030-01-10', '2030-01-16').from);
  });
});
