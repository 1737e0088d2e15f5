// Destinations cannot reach loopback, link-local or private addresses, neither when saved nor when
// delivering, and a failed run shows the admin only a generic sentence (the detail is audited).
// A real s3rver listens on 127.0.0.1: with the opt-in it receives objects, without it nothing.
import { after, afterEach, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { randomBytes } from 'node:crypto';
import type { SessionUser } from '@/lib/auth/roles';
import { db } from '@/lib/db';
import { HttpError } from '@/lib/http/errors';
import { DELIVERY_FAILED } from './deliver';
import { createDestination, runDestinationNow } from './manage';
import { destinationInputSchema } from './schema';
import { S3RVER_KEY, startS3Server } from './int-s3-server';

const tag = randomBytes(4).toString('hex');
const BUCKET = `guard-${tag}`;
let s3: Awaited<ReturnType<typeof startS3Server>>;
let admin: SessionUser;
let site: { id: string; key: string };

before(async () => {
  s3 = await startS3Server([BUCKET]);
  admin = await db.user.create({
    data: { email: `guard-admin-${tag}@pathwise.test`, name: 'Guard admin', role: 'ADMIN' },
    select: { id: true, email: true, name: true, role: true },
  });
  site = await db.site.create({
    data: { key: `it-guard-${tag}`, name: 'Guard site', domains: ['school.test'] },
    select: { id: true, key: true },
  });
  const at = new Date(Date.now() - 3_600_000);
  const visitor = await db.visitor.create({ data: { siteId: site.id, anonId: `anon-${tag}`, firstSeen: at, lastSeen: at } });
  const session = await db.session.create({
    data: { siteId: site.id, clientId: `sid-${tag}`, visitorId: visitor.id, startedAt: at, lastSeenAt: at },
  });
  await db.event.create({
    data: { siteId: site.id, sessionId: session.id, visitorId: visitor.id, type: 'pageview', path: '/', timestamp: at, receivedAt: at },
  });
});
afterEach(() => {
  delete process.env.PATHWISE_ALLOW_PRIVATE_DESTINATIONS;
});
after(async () => {
  await db.site.deleteMany({ where: { id: site.id } });
  await db.auditLog.deleteMany({ where: { OR: [{ actorId: admin.id }, { action: 'export.destination_failed', actorId: null }] } });
  await db.user.delete({ where: { id: admin.id } });
  await s3.stop();
  await db.$disconnect();
});

const input = (endpoint: string) =>
  destinationInputSchema.parse({
    siteKey: site.key,
    name: 'guard',
    endpoint,
    region: 'us-east-1',
    bucket: BUCKET,
    accessKeyId: S3RVER_KEY,
    secretAccessKey: S3RVER_KEY,
    format: 'JSON',
    schedule: 'HOURLY',
  });

test('saving an endpoint on loopback, a private range or a name resolving to one is refused', async () => {
  const before = await db.exportDestination.count({ where: { siteId: site.id } });
  for (const endpoint of [
    s3.endpoint,
    'http://[::1]:9000',
    'http://[::ffff:127.0.0.1]:9000',
    'http://169.254.169.254',
    'http://10.0.0.8',
    'http://localhost:9000',
  ]) {
    await assert.rejects(
      createDestination(admin, input(endpoint)),
      (error: unknown) =>
        error instanceof HttpError &&
        error.code === 'destination_not_allowed' &&
        error.status === 400 &&
        !/127\.0\.0\.1/.test(error.message),
      endpoint,
    );
  }
  assert.equal(await db.exportDestination.count({ where: { siteId: site.id } }), before);
});

test('with PATHWISE_ALLOW_PRIVATE_DESTINATIONS=1 an on-premises store works', async () => {
  process.env.PATHWISE_ALLOW_PRIVATE_DESTINATIONS = '1';
  const { id } = await createDestination(admin, input(s3.endpoint));
  const report = await runDestinationNow(admin, id);
  assert.equal(report.error, null);
  assert.equal(report.rows, 1);
  assert.equal((await s3.keys(BUCKET)).length, 1);
});

test('a saved private endpoint is refused again at delivery; the admin sees a generic failure, the audit the detail', async () => {
  process.env.PATHWISE_ALLOW_PRIVATE_DESTINATIONS = '1';
  const { id } = await createDestination(admin, { ...input(s3.endpoint), name: 'later refused' });
  delete process.env.PATHWISE_ALLOW_PRIVATE_DESTINATIONS;
  const keysBefore = await s3.keys(BUCKET);

  const report = await runDestinationNow(admin, id);
  assert.equal(report.error, DELIVERY_FAILED);
  assert.equal('errorDetail' in report, false, 'the detail never reaches the admin page');
  assert.deepEqual(await s3.keys(BUCKET), keysBefore, 'nothing was delivered');
  assert.equal((await db.exportDestination.findUniqueOrThrow({ where: { id } })).watermark, 0);
  const run = await db.exportRun.findFirstOrThrow({ where: { destinationId: id } });
  assert.equal(run.error, DELIVERY_FAILED);
  const failure = await db.auditLog.findFirstOrThrow({
    where: { action: 'export.destination_failed', target: `export_destination:${id}` },
  });
  assert.match(JSON.stringify(failure.details), /127\.0\.0\.1/);
  const adminRun = await db.auditLog.findFirstOrThrow({ where: { action: 'export.destination_run', target: `export_destination:${id}` } });
  assert.match(JSON.stringify(adminRun.details), /loopback, link-local or private/);
});

test('a connection refused by a closed port is reported generically, not as ECONNREFUSED', async () => {
  process.env.PATHWISE_ALLOW_PRIVATE_DESTINATIONS = '1';
  const { id } = await createDestination(admin, { ...input('http://127.0.0.1:1'), name: 'closed port' });
  const report = await runDestinationNow(admin, id);
  assert.equal(report.error, DELIVERY_FAILED);
  assert.doesNotMatch(JSON.stringify(report), /ECONNREFUSED|127\.0\.0\.1:1/);
});
