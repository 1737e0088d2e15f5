// After history arrives (here an LRS batch from 5 days ago), the risk-backfill job gives the
// student one score per day from the first affected day to today, through the job runner, whose
// JobRun row carries the progress the admin sees.
import { after, test } from 'node:test';
import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import { db } from '@/lib/db';
import { POST } from '@/app/xapi/statements/route';
import { createUser } from '@/lib/ingest/int-fixtures';
import { runJob } from '@/lib/jobs/run-job';
import { forgetCachedSites } from '@/lib/sites/lookup';
import { mappingIdle } from '@/lib/xapi/hooks';
import { createLrs, dropLrs, xapiRequest } from '@/lib/xapi/int-fixtures';
import { latestHistoryJobRuns } from '@/lib/queries/job-runs';
import { riskBackfillJob } from './backfill-job';
import { backfillsIdle } from './backfill-request';

const DAY = 86_400_000;
after(() => db.$disconnect());

test('risk-backfill scores every day from the first imported one, with progress on its run', async () => {
  const lrs = await createLrs('https://moodle.example.edu');
  await db.site.update({ where: { id: lrs.siteId }, data: { createdAt: new Date(Date.now() - 30 * DAY) } });
  forgetCachedSites();
  const user = await createUser();
  // Scores start at the account's creation (lib/risk/compute.ts); this account predates the history.
  await db.user.update({ where: { id: user.id }, data: { createdAt: new Date(Date.now() - 20 * DAY) } });
  const at = new Date(Date.now() - 5 * DAY);
  const statements = [0, 1].map((i) => ({
    id: randomUUID(),
    actor: { objectType: 'Agent', account: { homePage: 'https://moodle.example.edu', name: user.externalId } },
    verb: { id: 'https://w3id.org/xapi/adl/verbs/logged-in' },
    object: { objectType: 'Activity', id: 'https://moodle.example.edu' },
    timestamp: new Date(at.getTime() + i * 60_000).toISOString(),
  }));
  const response = await POST(xapiRequest(lrs, 'statements', { method: 'POST', body: statements }));
  assert.equal(response.status, 200, await response.clone().text());
  await mappingIdle();
  // The POST itself asked for a backfill (./backfill-request.ts, tested in lib/xapi/learning); this
  // test runs the job by hand, after that one.
  await backfillsIdle();
  assert.ok((await db.event.count({ where: { userId: user.id } })) > 0);

  const from = at.toISOString().slice(0, 10);
  const summary = await runJob(db, riskBackfillJob, { args: ['--from', from], log: () => {} });
  assert.equal(summary.days, 6);
  const days = (await db.riskScore.findMany({ where: { userId: user.id }, orderBy: { computedAt: 'asc' } })).map((r) =>
    r.computedAt.toISOString().slice(0, 10),
  );
  assert.equal(days.length, 6);
  assert.equal(days[0], from);
  assert.equal(new Set(days).size, 6, 'one score per day');
  const run = await db.jobRun.findFirstOrThrow({ where: { job: 'risk-backfill' }, orderBy: { startedAt: 'desc' } });
  assert.equal(run.ok, true);
  assert.equal((run.details as { progress?: string }).progress, '6/6');
  const admin = { id: 'admin', email: 'admin@example.test', name: 'Admin', role: 'ADMIN' as const };
  const shown = (await latestHistoryJobRuns(admin)).find((r) => r.id === run.id);
  assert.deepEqual([shown?.progress, shown?.from, shown?.ok], ['6/6', from, true]);
  await assert.rejects(latestHistoryJobRuns({ ...admin, role: 'INSTRUCTOR' }));

  await db.event.deleteMany({ where: { siteId: lrs.siteId } });
  await dropLrs(lrs);
  await db.user.delete({ where: { id: user.id } });
});
