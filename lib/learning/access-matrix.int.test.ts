// Role × route matrix for learning analytics. JSON APIs are called as real route handlers inside
// a Next.js request scope with a signed session cookie; pages are checked through the query and
// access functions they call. Every allowed answer is also searched for the other side's data.
import { asRequestFrom, type TestIdentity } from '@/lib/testing/request-scope';
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import type { AuthorizedSite } from '@/lib/access';
import { db } from '@/lib/db';
import { HttpError } from '@/lib/http/errors';
import { Made } from '@/lib/testing/learning-fixtures';

process.env.NEXTAUTH_URL ??= 'http://localhost';
const made = new Made();
type Person = NonNullable<TestIdentity>;
const w = {} as {
  site: AuthorizedSite;
  admin: Person;
  instructor: Person;
  otherInstructor: Person;
  parent: Person;
  student: Person; // in the instructor's course, the parent's child
  foreign: Person; // in the other instructor's course only, not the parent's child
  ownQuest: string;
  foreignQuest: string;
};
type Routes = {
  atRisk: (request: Request) => Promise<Response>;
  engagement: (request: Request, context: { params: Promise<{ userId: string }> }) => Promise<Response>;
  journey: (request: Request, context: { params: Promise<{ userId: string }> }) => Promise<Response>;
  quests: (request: Request) => Promise<Response>;
};
let routes: Routes;
// Loaded in before(), after request-scope.ts has prepared module loading (lib/access imports next/navigation).
let q: {
  canSeeStudent: typeof import('@/lib/access').canSeeStudent;
  getChildSummary: typeof import('@/lib/queries/child').getChildSummary;
  getEngagement: typeof import('@/lib/queries/engagement').getEngagement;
  getJourney: typeof import('@/lib/queries/journey').getJourney;
  getPopularQuests: typeof import('@/lib/queries/quests').getPopularQuests;
  getRiskHistory: typeof import('@/lib/queries/student').getRiskHistory;
  getStudentOverview: typeof import('@/lib/queries/student').getStudentOverview;
  listStudents: typeof import('@/lib/queries/students').listStudents;
};

before(async () => {
  q = {
    canSeeStudent: (await import('@/lib/access')).canSeeStudent,
    getChildSummary: (await import('@/lib/queries/child')).getChildSummary,
    getEngagement: (await import('@/lib/queries/engagement')).getEngagement,
    getJourney: (await import('@/lib/queries/journey')).getJourney,
    getPopularQuests: (await import('@/lib/queries/quests')).getPopularQuests,
    getRiskHistory: (await import('@/lib/queries/student')).getRiskHistory,
    getStudentOverview: (await import('@/lib/queries/student')).getStudentOverview,
    listStudents: (await import('@/lib/queries/students')).listStudents,
  };
  routes = {
    atRisk: (await import('@/app/api/analytics/at-risk-students/route')).GET,
    engagement: (await import('@/app/api/analytics/engagement/[userId]/route')).GET,
    journey: (await import('@/app/api/analytics/journey/[userId]/route')).GET,
    quests: (await import('@/app/api/analytics/popular-quests/route')).GET,
  };
  w.site = await made.site();
  w.admin = await made.user('ADMIN');
  w.instructor = await made.user('INSTRUCTOR');
  w.otherInstructor = await made.user('INSTRUCTOR');
  w.parent = await made.user('PARENT');
  w.student = await made.user('STUDENT', { name: 'Own Student' });
  w.foreign = await made.user('STUDENT', { name: 'Foreign Student' });
  await db.parentChild.create({ data: { parentId: w.parent.id, childId: w.student.id } });
  const own = await made.course({ instructorId: w.instructor.id, siteId: w.site.id });
  const other = await made.course({ instructorId: w.otherInstructor.id, siteId: w.site.id });
  w.ownQuest = own.quests[0]!.slug;
  w.foreignQuest = other.quests[0]!.slug;
  await made.enrol(w.student.id, own.id);
  await made.enrol(w.foreign.id, other.id);
  const now = Date.now();
  for (const [person, quest] of [
    [w.student, w.ownQuest],
    [w.foreign, w.foreignQuest],
  ] as const) {
    const session = await made.session(w.site.id, person.id, new Date(now - 3_600_000), 20);
    for (const name of ['quest_viewed', 'quest_started', 'quest_completed'])
      await made.event(session, name, new Date(now - 3_000_000), { props: { questId: quest } });
    await db.riskScore.create({
      data: { userId: person.id, score: 0.9, level: 'at_risk', factors: [], modelVersion: 'test', computedAt: new Date(now - 60_000) },
    });
  }
});
after(async () => {
  await made.cleanup();
  await db.$disconnect();
});

const base = 'http://localhost';
const call = (who: TestIdentity, url: string, run: (request: Request) => Promise<Response>) => asRequestFrom(who, `${base}${url}`, run);
const withId = (route: Routes['engagement'], userId: string) => (request: Request) =>
  route(request, { params: Promise.resolve({ userId }) });

async function expectStatus(response: Response, status: number, absent: string[] = []) {
  const body = await response.text();
  assert.equal(response.status, status, body);
  for (const text of absent) assert.ok(!body.includes(text), `response must not contain ${text}`);
  return body;
}

describe('GET /api/analytics/at-risk-students', () => {
  test('admin sees every student at risk', async () => {
    const body = await expectStatus(await call(w.admin, '/api/analytics/at-risk-students', routes.atRisk), 200);
    const ids = (JSON.parse(body) as { students: Array<{ id: string }> }).students.map((s) => s.id);
    assert.ok(ids.includes(w.student.id) && ids.includes(w.foreign.id));
  });
  test('an instructor sees only students in their courses, and counts only those', async () => {
    const body = await expectStatus(await call(w.instructor, '/api/analytics/at-risk-students?threshold=0.7', routes.atRisk), 200, [
      w.foreign.id,
      'Foreign Student',
    ]);
    const parsed = JSON.parse(body) as { count: number; students: Array<{ id: string; score: number }> };
    assert.deepEqual(
      parsed.students.map((s) => [s.id, s.score]),
      [[w.student.id, 0.9]],
    );
    assert.equal(parsed.count, 1);
  });
  test('the threshold filters (risk direction: higher = more at risk)', async () => {
    const body = await expectStatus(await call(w.instructor, '/api/analytics/at-risk-students?threshold=0.95', routes.atRisk), 200);
    assert.equal((JSON.parse(body) as { count: number }).count, 0);
  });
  test('bad parameters → 400', async () => {
    await expectStatus(await call(w.admin, '/api/analytics/at-risk-students?threshold=7', routes.atRisk), 400);
  });
  for (const [label, who, status] of [
    ['anonymous', null, 401],
    ['parent', 'parent', 403],
    ['student', 'student', 403],
  ] as const) {
    test(`${label} → ${status}`, async () => {
      const identity = who === null ? null : w[who];
      await expectStatus(await call(identity, '/api/analytics/at-risk-students', routes.atRisk), status, [w.student.id, w.foreign.id]);
    });
  }
});

for (const [name, key] of [
  ['engagement', 'engagement'],
  ['journey', 'journey'],
] as const) {
  describe(`GET /api/analytics/${name}/[userId]`, () => {
    const url = (id: string) => `/api/analytics/${name}/${id}`;
    test('admin: any student → 200', async () => {
      await expectStatus(await call(w.admin, url(w.foreign.id), withId(routes[key], w.foreign.id)), 200);
    });
    test('instructor: own student → 200 with their data', async () => {
      const body = await expectStatus(await call(w.instructor, url(w.student.id), withId(routes[key], w.student.id)), 200, [w.foreign.id]);
      assert.equal((JSON.parse(body) as { userId: string }).userId, w.student.id);
    });
    test('instructor: foreign student → 404, nothing about them', async () => {
      await expectStatus(await call(w.instructor, url(w.foreign.id), withId(routes[key], w.foreign.id)), 404, [
        'Foreign Student',
        w.foreignQuest,
      ]);
    });
    test('unknown and malformed ids → 404', async () => {
      await expectStatus(await call(w.admin, url('nobody'), withId(routes[key], 'nobody')), 404);
      await expectStatus(await call(w.admin, url('%27--'), withId(routes[key], "'--")), 404);
    });
    for (const [label, who, status] of [
      ['anonymous', null, 401],
      ['parent (own child)', 'parent', 403],
      ['student (self)', 'student', 403],
    ] as const) {
      test(`${label} → ${status}`, async () => {
        const identity = who === null ? null : w[who];
        await expectStatus(await call(identity, url(w.student.id), withId(routes[key], w.student.id)), status, ['Own Student']);
      });
    }
  });
}

describe('GET /api/analytics/popular-quests', () => {
  const url = () => `/api/analytics/popular-quests?site=${w.site.key}&range=24h`;
  test('admin sees every quest of the site with exact counts', async () => {
    const body = await expectStatus(await call(w.admin, url(), routes.quests), 200);
    const quests = (
      JSON.parse(body) as { quests: Array<{ slug: string; views: number; starts: number; completions: number; popularity: number }> }
    ).quests;
    assert.deepEqual(
      quests.map((q) => [q.slug, q.views, q.starts, q.completions, q.popularity]).sort(),
      [
        [w.foreignQuest, 1, 1, 1, 8],
        [w.ownQuest, 1, 1, 1, 8],
      ].sort(),
    );
  });
  test("an instructor sees only their own courses' quests", async () => {
    const body = await expectStatus(await call(w.instructor, url(), routes.quests), 200, [w.foreignQuest]);
    assert.deepEqual(
      (JSON.parse(body) as { quests: Array<{ slug: string }> }).quests.map((q) => q.slug),
      [w.ownQuest],
    );
  });
  for (const [label, who, status] of [
    ['anonymous', null, 401],
    ['parent', 'parent', 403],
    ['student', 'student', 403],
  ] as const) {
    test(`${label} → ${status}`, async () => {
      const identity = who === null ? null : w[who];
      await expectStatus(await call(identity, url(), routes.quests), status, [w.ownQuest, w.foreignQuest]);
    });
  }
});

/** The HttpError status a query throws, or 200 when it answers. */
async function statusOf(work: () => Promise<unknown>): Promise<number> {
  try {
    await work();
    return 200;
  } catch (error) {
    if (error instanceof HttpError) return error.status;
    throw error;
  }
}

describe('pages through their query/access layer', () => {
  const list = (who: Person) => q.listStudents(who, { sort: 'score', dir: 'desc', page: 1 });
  test('/dashboard/students: admin both, instructor own only (rows and counts), others refused', async () => {
    const admin = await list(w.admin);
    assert.ok([w.student.id, w.foreign.id].every((id) => admin.rows.some((row) => row.id === id)));
    const instructor = await list(w.instructor);
    assert.deepEqual(
      instructor.rows.map((row) => row.id),
      [w.student.id],
    );
    assert.deepEqual(instructor.levelCounts, { minimal: 0, moderate: 0, elevated: 0, at_risk: 1 });
    assert.equal(await statusOf(() => list(w.parent)), 403);
    assert.equal(await statusOf(() => list(w.student)), 403);
  });

  test('/dashboard/students/[id]: own 200, foreign 404, non-staff 403', async () => {
    const from = new Date(Date.now() - 86_400_000);
    const to = new Date();
    const pages = [
      (who: Person, id: string) => q.getStudentOverview(who, id),
      (who: Person, id: string) => q.getRiskHistory(who, id, 100_000),
      (who: Person, id: string) => q.getEngagement(who, id, from, to),
      (who: Person, id: string) => q.getJourney(who, id),
    ];
    for (const page of pages) {
      assert.equal(await statusOf(() => page(w.admin, w.foreign.id)), 200);
      assert.equal(await statusOf(() => page(w.instructor, w.student.id)), 200);
      assert.equal(await statusOf(() => page(w.instructor, w.foreign.id)), 404);
      assert.equal(await statusOf(() => page(w.otherInstructor, w.student.id)), 404);
      assert.equal(await statusOf(() => page(w.parent, w.student.id)), 403);
      assert.equal(await statusOf(() => page(w.student, w.student.id)), 403);
    }
  });

  test('/dashboard/quests: instructor only their quests; non-staff refused', async () => {
    const from = new Date(Date.now() - 86_400_000);
    const mine = await q.getPopularQuests(w.instructor, w.site, from, new Date());
    assert.deepEqual(
      mine.map((quest) => quest.slug),
      [w.ownQuest],
    );
    assert.equal(await statusOf(() => q.getPopularQuests(w.parent, w.site, from, new Date())), 403);
  });

  test('/children/[id]: a parent sees only their own child; a foreign child is 404', async () => {
    assert.equal(await q.canSeeStudent(w.parent, w.student.id), true);
    assert.equal(await q.canSeeStudent(w.parent, w.foreign.id), false);
    assert.equal(await statusOf(() => q.getChildSummary(w.parent, w.student.id)), 200);
    assert.equal(await statusOf(() => q.getChildSummary(w.parent, w.foreign.id)), 404);
  });

  test('/me: a student sees only themselves', async () => {
    assert.equal(await statusOf(() => q.getChildSummary(w.student, w.student.id)), 200);
    assert.equal(await statusOf(() => q.getChildSummary(w.student, w.foreign.id)), 404);
  });
});
