// Historical statements posted to the LRS ask for the risk-backfill job `npm run import` runs:
// risk history appears for the past day they are dated on; a statement dated today asks for
// none (the hourly risk run covers today); requests for one site coalesce into one pending
// request whose `from` is the earliest day asked for.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import { db } from '@/lib/db';
import { POST } from '@/app/xapi/statements/route';
import { createUser } from '@/lib/ingest/int-fixtures';
import { forgetCachedSites } from '@/lib/sites/lookup';
import { backfillsIdle, pendingBackfills, requestRiskBackfill } from '@/lib/risk/backfill-request';
import { latestHistoryJobRuns } from '@/lib/queries/job-runs';
import { mappingIdle } from '../hooks';
import { createLrs, dropLrs, xapiRequest, type Lrs } from '../int-fixtures';

const DAY = 86_400_000;
const HOME = 'https://moodle.example.edu';
let lrs: Lrs;
let user: Awaited<ReturnType<typeof createUser>>;

before(async () => {
  lrs = await createLrs(HOME);
  await db.site.update({ where: { id: lrs.siteId }, data: { createdAt: new Date(Date.now() - 60 * DAY) } });
  forgetCachedSites();
  user = await createUser();
  // Scores start at the account's creation (lib/risk/compute.ts); this account predates the history.
  await db.user.update({ where: { id: user.id }, data: { createdAt: new Date(Date.now() - 30 * DAY) } });
});
after(async () => {
  await dropLrs(lrs);
  await db.user.delete({ where: { id: user.id } });
  await db.$disconnect();
});

const day = (at: Date) => at.toISOString().slice(0, 10);
const backfillRuns = () => db.jobRun.findMany({ where: { job: 'risk-backfill' }, orderBy: { startedAt: 'asc' } });

async function post(at: Date) {
  const statement = {
    id: randomUUID(),
    actor: { objectType: 'Agent', account: { homePage: HOME, name: user.externalId } },
    verb: { id: 'https://w3id.org/xapi/adl/verbs/logged-in' },
    object: { objectType: 'Activity', id: HOME },
    timestamp: at.toISOString(),
  };
  const response = await POST(xapiRequest(lrs, 'statements', { method: 'POST', body: [statement] }));
  assert.equal(response.status, 200, await response.clone().text());
  await mappingIdle();
}

test('a statement from 6 days ago: a backfill from that day runs and risk history exists for it', async () => {
  const before = (await backfillRuns()).length;
  const at = new Date(Date.now() - 6 * DAY);
  await post(at);
  await backfillsIdle();
  const runs = (await backfillRuns()).slice(before);
  assert.equal(runs.length, 1);
  const details = runs[0]?.details as { site?: string; from?: string; days?: number };
  assert.deepEqual([runs[0]?.ok, details.site, details.from, details.days], [true, lrs.siteKey, day(at), 7]);
  const scored = await db.riskScore.findMany({ where: { userId: user.id }, select: { computedAt: true } });
  assert.ok(
    scored.some((score) => day(score.computedAt) === day(at)),
    `a score on ${day(at)}`,
  );
  assert.equal(new Set(scored.map((score) => day(score.computedAt))).size, scored.length, 'one score per day');
  // Admin → Sites names the site that asked.
  const admin = { id: 'admin', email: 'admin@example.test', name: 'Admin', role: 'ADMIN' as const };
  const shown = (await latestHistoryJobRuns(admin)).find((r) => r.id === runs[0]?.id);
  assert.deepEqual([shown?.site, shown?.from], [lrs.siteKey, day(at)]);
});

test('a statement dated today asks for no backfill', async () => {
  const before = (await backfillRuns()).length;
  await post(new Date(Date.now() - 60_000));
  assert.equal(pendingBackfills().size, 0);
  await backfillsIdle();
  assert.equal((await backfillRuns()).length, before);
});

test('requests for one site coalesce into one pending request from the earliest day', async () => {
  const before = (await backfillRuns()).length;
  const days = [3, 5, 4].map((n) => day(new Date(Date.now() - n * DAY)));
  // The first starts at once; the next two wait as one request, widened to the earlier day.
  for (const from of days) requestRiskBackfill(db, lrs.siteId, lrs.siteKey, from);
  assert.deepEqual(pendingBackfills().get(lrs.siteId), { siteKey: lrs.siteKey, from: days[1] });
  assert.equal(pendingBackfills().size, 1);
  await backfillsIdle();
  const runs = (await backfillRuns()).slice(before);
  assert.deepEqual(
    runs.map((run) => (run.details as { from?: string }).from),
    [days[0], days[1]],
  );
});
