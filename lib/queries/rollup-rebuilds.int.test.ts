// Admin → Sites shows each site's latest rollups rebuild. A run that fails must show as failed,
// with its error, not as the site's previous (successful) rebuild.
import { after, test } from 'node:test';
import assert from 'node:assert/strict';
import { randomBytes } from 'node:crypto';
import { db } from '@/lib/db';
import { runJob } from '@/lib/jobs/run-job';
import { cleanup, createUser } from '@/lib/privacy/int-fixtures';
import { rollupsRebuildJob } from '@/lib/rollups/rebuild-job';
import { getRollupRebuilds } from './rollup-rebuilds';

const users: string[] = [];
const sites: string[] = [];
after(async () => {
  await cleanup(sites, users);
  await db.$disconnect();
});

test('a failed rebuild shows as failed with its error, not as the run before it', async () => {
  const admin = await createUser('ADMIN');
  users.push(admin.id);
  const key = `it-rebuild-${randomBytes(4).toString('hex')}`;
  const site = await db.site.create({ data: { key, name: 'Rebuild status', domains: ['rebuild.test'], timeZone: 'Asia/Shanghai' } });
  sites.push(site.id);
  const now = new Date('2031-03-05T00:00:00Z');
  const run = () => runJob(db, rollupsRebuildJob, { args: ['--site', key], log: () => {}, now });

  await run();
  const done = (await getRollupRebuilds(admin)).get(key);
  assert.equal(done?.state, 'done');
  assert.equal(done?.error, null);

  // A zone the runtime does not know (written around the form's check) makes the rebuild throw.
  await db.site.update({ where: { id: site.id }, data: { timeZone: 'Mars/Olympus' } });
  await assert.rejects(run());
  const failed = (await getRollupRebuilds(admin)).get(key);
  assert.equal(failed?.state, 'failed');
  assert.equal(failed?.timeZone, 'Mars/Olympus');
  assert.match(failed?.error ?? '', /time zone|Mars\/Olympus/i);
});
