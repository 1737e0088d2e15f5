// Scheduled delivery against a real S3-compatible server (s3rver on loopback), never a mock of
// the client: objects land in both buckets, every event exactly once, retries reuse their range.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { randomBytes } from 'node:crypto';
import { CreateBucketCommand } from '@aws-sdk/client-s3';
import { parse as parseCsv } from 'csv-parse/sync';
import { readParquet } from 'parquet-wasm';
import { tableFromIPC } from 'apache-arrow';
import type { SessionUser } from '@/lib/auth/roles';
import { db } from '@/lib/db';
import { runJob } from '@/lib/jobs/run-job';
import { DELIVERY_FAILED, deliverDestination } from './deliver';
import { exportS3Job } from './job';
import { createDestination } from './manage';
import { destinationInputSchema } from './schema';
import { openSecret } from './secret-box';
import { S3RVER_KEY, startS3Server } from './int-s3-server';

// s3rver listens on loopback, which destinations may only reach with the operator's opt-in.
process.env.PATHWISE_ALLOW_PRIVATE_DESTINATIONS = '1';

const tag = randomBytes(4).toString('hex');
const PRIMARY = `primary-${tag}`;
const BACKUP = `backup-${tag}`;
let s3: Awaited<ReturnType<typeof startS3Server>>;
let site: { id: string; key: string };
let context: { sessionId: string; visitorId: string };
let clock = Date.parse('2026-11-22T10:00:00.000Z');

/** Events received one second apart, all long settled by the time the tests deliver. */
async function addEvents(count: number, receivedAt?: Date): Promise<number[]> {
  const ids: number[] = [];
  for (let i = 0; i < count; i++) {
    clock += 1000;
    const event = await db.event.create({
      data: {
        siteId: site.id,
        ...context,
        type: 'pageview',
        path: `/p/${ids.length}`,
        timestamp: new Date(clock),
        receivedAt: receivedAt ?? new Date(clock),
      },
      select: { id: true },
    });
    ids.push(event.id);
  }
  return ids;
}

const ndjsonIds = (bytes: Buffer) =>
  bytes
    .toString('utf8')
    .trim()
    .split('\n')
    .map((line) => (JSON.parse(line) as { id: number }).id);
const NOW = new Date('2026-11-23T00:00:00.000Z');

async function newDestination(extra: Record<string, string> = {}) {
  const input = destinationInputSchema.parse({
    siteKey: site.key,
    name: `dest ${extra.format ?? 'JSON'}`,
    endpoint: s3.endpoint,
    region: 'us-east-1',
    bucket: PRIMARY,
    prefix: `/agency/${tag}/`,
    accessKeyId: S3RVER_KEY,
    secretAccessKey: S3RVER_KEY,
    backupBucket: BACKUP,
    format: 'JSON',
    schedule: 'HOURLY',
    ...extra,
  });
  return createDestination(admin, input);
}

let admin: SessionUser;

before(async () => {
  s3 = await startS3Server([PRIMARY, BACKUP]);
  admin = await db.user.create({
    data: { email: `s3-admin-${tag}@pathwise.test`, name: 'S3 admin', role: 'ADMIN' },
    select: { id: true, email: true, name: true, role: true },
  });
  site = await db.site.create({
    data: { key: `it-s3-${tag}`, name: 'S3 test site', domains: ['school.test'] },
    select: { id: true, key: true },
  });
  const at = new Date(clock);
  const visitor = await db.visitor.create({ data: { siteId: site.id, anonId: `anon-${tag}`, firstSeen: at, lastSeen: at } });
  const session = await db.session.create({
    data: { siteId: site.id, clientId: `sid-${tag}`, visitorId: visitor.id, startedAt: at, lastSeenAt: at },
  });
  context = { sessionId: session.id, visitorId: visitor.id };
});
after(async () => {
  await db.site.deleteMany({ where: { id: site.id } });
  await db.auditLog.deleteMany({ where: { actorId: admin.id } });
  await db.auditLog.deleteMany({ where: { action: 'export.destination_failed', actorId: null } });
  await db.user.delete({ where: { id: admin.id } });
  await s3.stop();
  await db.$disconnect();
});

describe('export-s3', () => {
  let ids: number[] = [];
  let destinationId = '';

  test('the secret is stored sealed, not in plain text', async () => {
    ids = await addEvents(7);
    destinationId = (await newDestination()).id;
    const stored = await db.exportDestination.findUniqueOrThrow({ where: { id: destinationId } });
    assert.notEqual(stored.secretEncrypted, S3RVER_KEY);
    assert.equal(openSecret(stored.secretEncrypted, stored.accessKeyId), S3RVER_KEY);
    assert.equal(stored.prefix, `agency/${tag}/`);
    assert.equal(stored.watermark, 0);
    const [audit] = await db.auditLog.findMany({ where: { target: `export_destination:${destinationId}` } });
    assert.equal(audit?.action, 'export.destination_create');
    assert.equal(JSON.stringify(audit?.details).includes(S3RVER_KEY), false); // neither the secret nor the key id
    assert.equal((audit?.details as { bucket: string }).bucket, PRIMARY);
  });

  test('delivers every event once, split into objects named by site and time range, to both buckets', async () => {
    const report = await deliverDestination(db, destinationId, { now: NOW, maxRowsPerObject: 4 });
    assert.equal(report.error, null);
    assert.equal(report.rows, 7);
    const [first, second] = [ids.slice(0, 4), ids.slice(4)];
    const expectedKeys = [
      `agency/${tag}/${site.key}/20261122T100001Z_20261122T100004Z_events-1-${first!.at(-1)}.ndjson`,
      `agency/${tag}/${site.key}/20261122T100005Z_20261122T100007Z_events-${first!.at(-1)! + 1}-${second!.at(-1)}.ndjson`,
    ];
    assert.deepEqual(report.objects, expectedKeys);
    for (const bucket of [PRIMARY, BACKUP]) {
      assert.deepEqual(await s3.keys(bucket), expectedKeys);
      assert.deepEqual(ndjsonIds(await s3.get(bucket, expectedKeys[0]!)), first);
      assert.deepEqual(ndjsonIds(await s3.get(bucket, expectedKeys[1]!)), second);
    }
    const destination = await db.exportDestination.findUniqueOrThrow({
      where: { id: destinationId },
      include: { runs: { orderBy: { fromEventId: 'asc' } } },
    });
    assert.equal(destination.watermark, ids.at(-1));
    assert.deepEqual(
      destination.runs.map((run) => ({
        from: run.fromEventId,
        to: run.toEventId,
        rows: run.rows,
        key: run.objectKey,
        error: run.error,
        finished: run.finishedAt !== null,
      })),
      [
        { from: 1, to: first!.at(-1)!, rows: 4, key: expectedKeys[0], error: null, finished: true },
        { from: first!.at(-1)! + 1, to: second!.at(-1)!, rows: 3, key: expectedKeys[1], error: null, finished: true },
      ],
    );
    const sizes = await Promise.all(expectedKeys.map(async (key) => (await s3.get(PRIMARY, key)).length));
    assert.deepEqual(
      destination.runs.map((run) => run.bytes),
      sizes,
    );
  });

  test('a second run delivers nothing again; only new, settled events go out next', async () => {
    const idle = await deliverDestination(db, destinationId, { now: NOW });
    assert.deepEqual({ rows: idle.rows, objects: idle.objects }, { rows: 0, objects: [] });
    assert.equal((await s3.keys(PRIMARY)).length, 2);

    const fresh = await addEvents(2);
    const unsettled = await addEvents(1, new Date(NOW.getTime() - 10_000)); // received 10 s before "now"
    const next = await deliverDestination(db, destinationId, { now: NOW, settleMs: 60_000 });
    assert.equal(next.rows, 2);
    assert.deepEqual(ndjsonIds(await s3.get(PRIMARY, next.objects[0]!)), fresh);
    const later = await deliverDestination(db, destinationId, { now: new Date(NOW.getTime() + 120_000), settleMs: 60_000 });
    assert.deepEqual(ndjsonIds(await s3.get(BACKUP, later.objects[0]!)), unsettled);
    assert.equal((await db.exportDestination.findUniqueOrThrow({ where: { id: destinationId } })).watermark, unsettled[0]);
  });

  test('a failed upload keeps the watermark; the retry sends the same range under the same key', async () => {
    const missing = `late-${tag}`;
    const failing = await newDestination({ bucket: missing, backupBucket: '', format: 'CSV' });
    const failed = await deliverDestination(db, failing.id, { now: NOW });
    assert.equal(failed.error, DELIVERY_FAILED);
    assert.match(failed.errorDetail ?? '', /NoSuchBucket/);
    const [run] = await db.exportRun.findMany({ where: { destinationId: failing.id } });
    assert.ok(run?.error && run.finishedAt);
    assert.equal(run.error, DELIVERY_FAILED);
    const audit = await db.auditLog.findFirstOrThrow({
      where: { action: 'export.destination_failed', target: `export_destination:${failing.id}` },
    });
    assert.match(JSON.stringify(audit.details), /NoSuchBucket/);
    assert.equal((await db.exportDestination.findUniqueOrThrow({ where: { id: failing.id } })).watermark, 0);

    const arrivedMeanwhile = await addEvents(1);
    await s3.client.send(new CreateBucketCommand({ Bucket: missing }));
    const retried = await deliverDestination(db, failing.id, { now: new Date(NOW.getTime() + 3_600_000), maxObjects: 1 });
    assert.equal(retried.error, null);
    assert.equal(retried.objects.length, 1);
    assert.match(retried.objects[0]!, new RegExp(`_events-1-${run.toEventId}\\.csv$`));
    const records = parseCsv((await s3.get(missing, retried.objects[0]!)).toString('utf8'), { bom: true }) as string[][];
    assert.deepEqual(
      records.slice(1).map((record) => Number(record[0])),
      [...ids, ...(await siteIdsBetween(ids.at(-1)!, run.toEventId))],
    );
    const rest = await deliverDestination(db, failing.id, { now: new Date(NOW.getTime() + 3_600_000) });
    const lastRecords = parseCsv((await s3.get(missing, rest.objects[0]!)).toString('utf8'), { bom: true }) as string[][];
    // The rest: the event that was still settling at the first attempt, and the one that arrived meanwhile.
    const remaining = await siteIdsBetween(run.toEventId, 2_147_483_647);
    assert.deepEqual(remaining.slice(-1), arrivedMeanwhile);
    assert.deepEqual(
      lastRecords.slice(1).map((record) => Number(record[0])),
      remaining,
    );
  });

  test('parquet objects read back with arrow-rs', async () => {
    const destination = await newDestination({ format: 'PARQUET', prefix: `pq-${tag}` });
    const report = await deliverDestination(db, destination.id, { now: new Date(NOW.getTime() + 7_200_000) });
    assert.equal(report.error, null);
    const total = await db.event.count({ where: { siteId: site.id } });
    assert.equal(report.rows, total);
    const table = tableFromIPC(readParquet(new Uint8Array(await s3.get(PRIMARY, report.objects[0]!))).intoIPCStream());
    assert.equal(table.numRows, total);
    assert.equal(table.getChild('site')?.get(0), site.key);
  });

  test('the job runs only due destinations, and records itself', async () => {
    const at = new Date(NOW.getTime() + 7_200_000 + 10 * 60_000); // 10 minutes after the parquet run
    const mine = await db.exportDestination.findMany({ where: { siteId: site.id }, select: { id: true } });
    const summary = await runJob(db, exportS3Job, { now: at, log: () => undefined });
    // The JSON and CSV destinations last ran hours earlier (due); the parquet one 10 minutes ago (not).
    assert.ok((summary.destinations as number) >= mine.length - 1);
    const parquetRuns = await db.exportRun.count({ where: { destination: { siteId: site.id, format: 'PARQUET' } } });
    assert.equal(parquetRuns, 1);
    const jobRun = await db.jobRun.findFirst({ where: { job: 'export-s3' }, orderBy: { startedAt: 'desc' } });
    assert.equal(jobRun?.ok, true);
  });
});

async function siteIdsBetween(afterId: number, toId: number): Promise<number[]> {
  const rows = await db.event.findMany({
    where: { siteId: site.id, id: { gt: afterId, lte: toId } },
    orderBy: { id: 'asc' },
    select: { id: true },
  });
  return rows.map((row) => row.id);
}
