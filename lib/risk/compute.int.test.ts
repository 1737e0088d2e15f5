// Hand-built students with exact scores and contributions (TEST_MODEL, so retuning production
// windows does not move these figures), stored rows, and no leakage from after `asOf`.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { db } from '@/lib/db';
import { daysAgo, Made } from '@/lib/testing/learning-fixtures';
import { runRiskScoring, scoreStudents, storeRiskScores } from './compute';
import { TEST_MODEL } from './test-model';

const asOf = new Date('2030-06-15T12:00:00Z');
const HOUR = 3_600_000;
const made = new Made();
const ids: Record<string, string> = {};

before(async () => {
  const site = await made.site();
  const quest = { questId: 'some-quest' };

  // Steady: active yesterday and the day before, logs in 1.5×/week, finished 1 of 2 quests.
  const steady = await made.user('STUDENT', { createdAt: daysAgo(asOf, 60) });
  ids.steady = steady.id;
  const s1 = await made.session(site.id, steady.id, daysAgo(asOf, 1), 12);
  const s2 = await made.session(site.id, steady.id, daysAgo(asOf, 2), 8);
  const s5 = await made.session(site.id, steady.id, daysAgo(asOf, 5), 10);
  const s20 = await made.session(site.id, steady.id, daysAgo(asOf, 20), 30);
  for (const s of [s1, s2, s5]) await made.event(s, 'login_success', s.startedAt);
  await made.event(s1, 'login_success', new Date(s1.startedAt.getTime() + 60_000), { trusted: false }); // untrusted: ignored
  await made.event(s20, 'login_success', s20.startedAt); // outside the 14-day window
  await made.event(s5, 'quest_started', s5.startedAt, { props: quest });
  await made.event(s2, 'quest_started', s2.startedAt, { props: quest });
  await made.event(s1, 'quest_completed', s1.startedAt, { props: quest });
  await made.event(s1, 'quest_completed', s1.startedAt, { props: quest, trusted: false }); // untrusted: ignored
  await made.event(s20, 'quest_completed', daysAgo(asOf, 25), { props: quest }); // outside 21 days
  // After asOf: must not count (no leakage).
  const later = await made.session(site.id, steady.id, new Date(asOf.getTime() + HOUR), 50);
  await made.event(later, 'login_success', later.startedAt);
  await made.event(later, 'quest_completed', later.startedAt, { props: quest });

  // Fading: last seen 12 days ago for 3 minutes, started a quest and never finished it.
  const fading = await made.user('STUDENT', { createdAt: daysAgo(asOf, 90) });
  ids.fading = fading.id;
  const f12 = await made.session(site.id, fading.id, daysAgo(asOf, 12), 3);
  await made.session(site.id, fading.id, daysAgo(asOf, 30), 20);
  await made.event(f12, 'login_success', f12.startedAt);
  await made.event(f12, 'quest_started', f12.startedAt, { props: quest });

  // Brand new, no history at all.
  ids.fresh = (await made.user('STUDENT', { createdAt: new Date(asOf.getTime() - 2 * HOUR) })).id;

  // Joined 3 days ago; in a session that started 5 minutes before asOf and runs past it.
  const straddle = await made.user('STUDENT', { createdAt: new Date(asOf.getTime() - 3 * 24 * HOUR) });
  ids.straddle = straddle.id;
  const live = await made.session(site.id, straddle.id, new Date(asOf.getTime() - 5 * 60_000), 60);
  await made.event(live, 'login_success', live.startedAt);

  // Not yet signed up at asOf: not scored.
  ids.future = (await made.user('STUDENT', { createdAt: new Date(asOf.getTime() + HOUR) })).id;
});

after(async () => {
  await made.cleanup();
  await db.$disconnect();
});

async function scoreOf(key: string) {
  const [result] = await scoreStudents(db, asOf, { userIds: [ids[key]!], model: TEST_MODEL });
  assert.ok(result, `${key} was scored`);
  return result.assessment;
}

const breakdown = (assessment: Awaited<ReturnType<typeof scoreOf>>) =>
  Object.fromEntries(assessment.factors.map((factor) => [factor.key, [factor.raw, factor.normalised, factor.contribution]]));

describe('scoreStudents: exact figures', () => {
  test('steady → 0.2275, minimal risk', async () => {
    const result = await scoreOf('steady');
    assert.deepEqual(breakdown(result), {
      daysInactive: [1, 0.1, 0.04],
      loginFrequency: [1.5, 0.25, 0.0625],
      questCompletion: [0.5, 0.5, 0.1],
      sessionDuration: [10, 0, 0],
      streak: [2, 0.5, 0.025],
    });
    assert.equal(result.score, 0.2275);
    assert.equal(result.level, 'minimal');
    assert.equal(result.modelVersion, 'test-model');
  });

  test('fading → 0.9075, at risk', async () => {
    const result = await scoreOf('fading');
    assert.deepEqual(breakdown(result), {
      daysInactive: [12, 1, 0.4],
      loginFrequency: [0.5, 0.75, 0.1875],
      questCompletion: [0, 1, 0.2],
      sessionDuration: [3, 0.7, 0.07],
      streak: [0, 1, 0.05],
    });
    assert.equal(result.score, 0.9075);
    assert.equal(result.level, 'at_risk');
  });

  test('brand new with no history → 0.5, moderate (unknowns explained)', async () => {
    const result = await scoreOf('fresh');
    assert.deepEqual(breakdown(result), {
      daysInactive: [0, 0, 0],
      loginFrequency: [0, 1, 0.25],
      questCompletion: [null, 0.5, 0.1],
      sessionDuration: [null, 1, 0.1],
      streak: [0, 1, 0.05],
    });
    assert.equal(result.score, 0.5);
    assert.match(result.factors[0]!.note ?? '', /Never active/);
  });

  test('a session running past asOf counts only up to asOf → 0.1875', async () => {
    const result = await scoreOf('straddle');
    assert.deepEqual(breakdown(result), {
      daysInactive: [0, 0, 0],
      loginFrequency: [2.33, 0, 0],
      questCompletion: [null, 0.5, 0.1],
      sessionDuration: [5, 0.5, 0.05],
      streak: [1, 0.75, 0.0375],
    });
    assert.equal(result.score, 0.1875);
  });

  test('students created after asOf are not scored', async () => {
    assert.deepEqual(await scoreStudents(db, asOf, { userIds: [ids.future!], model: TEST_MODEL }), []);
  });
});

describe('storeRiskScores', () => {
  test('stores score, level, factors and model version; a second run that day replaces the first', async () => {
    const scores = await scoreStudents(db, asOf, { userIds: [ids.steady!, ids.fading!], model: TEST_MODEL });
    await storeRiskScores(db, scores, asOf);
    await storeRiskScores(db, scores, new Date(asOf.getTime() + HOUR));
    const rows = await db.riskScore.findMany({ where: { userId: ids.fading }, orderBy: { computedAt: 'asc' } });
    assert.equal(rows.length, 1);
    assert.equal(rows[0]!.score, 0.9075);
    assert.equal(rows[0]!.level, 'at_risk');
    assert.equal(rows[0]!.modelVersion, 'test-model');
    assert.equal(rows[0]!.computedAt.toISOString(), '2030-06-15T13:00:00.000Z');
    const factors = rows[0]!.factors as Array<{ key: string; raw: number; normalised: number; weight: number; contribution: number }>;
    assert.deepEqual(factors[0], { key: 'daysInactive', raw: 12, normalised: 1, weight: 0.4, contribution: 0.4 });
  });

  test('a run on the next day adds a history point', async () => {
    const nextDay = new Date(asOf.getTime() + 24 * HOUR);
    await storeRiskScores(db, await scoreStudents(db, nextDay, { userIds: [ids.fading!], model: TEST_MODEL }), nextDay);
    const rows = await db.riskScore.findMany({ where: { userId: ids.fading }, orderBy: { computedAt: 'asc' }, select: { score: true } });
    assert.deepEqual(
      rows.map((row) => row.score),
      [0.9075, 0.9075],
    );
  });
});

describe('runRiskScoring', () => {
  test('backfills one score per past day, then today', async () => {
    const now = new Date(asOf.getTime() + 10 * 24 * HOUR);
    const summary = await runRiskScoring(db, { now, backfillDays: 2, model: TEST_MODEL });
    assert.ok(summary.scored >= 4);
    assert.equal(summary.backfilledDays, 2);
    const rows = await db.riskScore.findMany({
      where: { userId: ids.steady, computedAt: { gt: new Date(asOf.getTime() + 2 * 24 * HOUR) } },
      orderBy: { computedAt: 'asc' },
    });
    assert.deepEqual(
      rows.map((row) => row.computedAt.toISOString()),
      ['2030-06-23T23:59:59.000Z', '2030-06-24T23:59:59.000Z', '2030-06-25T12:00:00.000Z'],
    );
  });
});
