// `npm run test:cluster` (part of `npm test`): three replicas of our server with their schedulers
// (scripts/serve.ts --jobs) on one fresh PostgreSQL database, sharing limits through Redis, jobs
// ticking every second (PATHWISE_JOB_TICK_MS) and a scheduled S3 delivery to s3rver. A load
// generator spreads SDK batches across them; one replica is killed with SIGKILL mid-load and
// another stopped with SIGTERM. Then: every acknowledged event is stored exactly once; five wrong
// passwords spread over the replicas locked the account on all of them; each job tick ran on
// exactly one replica; the bucket holds every event exactly once; the survivor's /metrics, and
// Prometheus scraping it, counted what it acknowledged.
import { spawnSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { setTimeout as sleep } from 'node:timers/promises';
import assert from 'node:assert/strict';
import pg from 'pg';
import { migrateDatabase } from '../db/migrate';
import { buildIsStale } from '../start/build-state';
import { checkJobRuns } from './cluster/job-runs';
import { startDelivery } from './cluster/exports';
import { load } from './cluster/load';
import { preflight } from './cluster/preflight';
import { startPrometheus } from './cluster/prometheus';
import { ready, startReplica, stopAll, wrongPassword, type Replica } from './cluster/replicas';
import { createPostgresDatabase } from './databases';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const BASE_PORT = Number(process.env.CLUSTER_PORT_BASE ?? 3320);
const PROMETHEUS_PORT = Number(process.env.CLUSTER_PROMETHEUS_PORT ?? BASE_PORT + 9);
const LOAD_SECONDS = Number(process.env.CLUSTER_LOAD_SECONDS ?? 20);
const CLIENTS = Number(process.env.CLUSTER_CLIENTS ?? 50);
const REDIS_URL = process.env.PATHWISE_TEST_REDIS_URL ?? 'redis://127.0.0.1:6379';
const TOKEN = `cluster-${randomBytes(8).toString('hex')}`;
const started = Date.now();
const ok = (line: string) => console.log(`✓ ${line} (${Math.round((Date.now() - started) / 1000)} s)`);

async function metricValue(port: number, name: string): Promise<number> {
  const text = await (await fetch(`http://127.0.0.1:${port}/metrics`, { headers: { authorization: `Bearer ${TOKEN}` } })).text();
  return Number(new RegExp(`^${name} (\\S+)$`, 'm').exec(text)?.[1] ?? NaN);
}

async function main() {
  const { prometheus: prometheusVersion } = await preflight(REDIS_URL);
  if (buildIsStale(root)) {
    console.log('▶ building for production first');
    if (spawnSync('npm', ['run', '--silent', 'build'], { cwd: root, stdio: 'inherit' }).status !== 0)
      throw new Error('npm run build failed');
  }
  const database = await createPostgresDatabase();
  const replicas: Replica[] = [];
  const client = new pg.Client({ connectionString: database.url });
  const cleanup: (() => Promise<unknown>)[] = [];
  try {
    await migrateDatabase(database.url);
    await client.connect();
    const siteKey = `cluster-${randomBytes(4).toString('hex')}`;
    const siteId = `site-${siteKey}`;
    await client.query(`INSERT INTO "Site" (id, key, name, domains, "updatedAt") VALUES ($1, $2, 'Cluster', '["cluster.test"]', now())`, [
      siteId,
      siteKey,
    ]);
    const delivery = await startDelivery(client, siteId);
    cleanup.push(() => delivery.s3.stop());

    const env = {
      DATABASE_URL: database.url,
      PATHWISE_REDIS_URL: REDIS_URL,
      PATHWISE_METRICS_TOKEN: TOKEN,
      PATHWISE_COLLECT_RATE: '1000000',
      PATHWISE_JOB_TICK_MS: '1000',
      // s3rver listens on loopback, which destinations may only reach with the operator's opt-in.
      PATHWISE_ALLOW_PRIVATE_DESTINATIONS: '1',
    };
    for (let i = 0; i < 3; i++) replicas.push(startReplica(root, BASE_PORT + i, env));
    const [killed, stopped, survivor] = replicas as [Replica, Replica, Replica];
    await Promise.all(replicas.map(ready));
    ok(`three replicas ready on ${replicas.map((replica) => replica.port).join(', ')}`);
    const prometheus = prometheusVersion ? await startPrometheus({ port: PROMETHEUS_PORT, target: survivor.port, token: TOKEN }) : null;
    if (prometheus) cleanup.push(() => prometheus.stop());

    // Five wrong passwords spread over the replicas lock the account on every one of them.
    const email = `cluster-${randomBytes(4).toString('hex')}@pathwise.test`;
    const answers: string[] = [];
    for (let i = 0; i < 5; i++) answers.push(await wrongPassword(replicas[i % 3]!.port, email));
    assert.deepEqual(answers.slice(0, 4), Array(4).fill('Email or password is incorrect.'));
    assert.match(answers[4] ?? '', /^Too many failed sign-ins\. Try again in 15 minutes\.$/);
    for (const replica of replicas) assert.match(await wrongPassword(replica.port, email), /^Too many failed sign-ins/);
    ok('five wrong passwords across three replicas locked the account on all three');

    const result = await load(replicas, siteKey, {
      seconds: LOAD_SECONDS,
      clients: CLIENTS,
      at: [
        { fraction: 1 / 3, act: () => killed.child.kill('SIGKILL') },
        { fraction: 2 / 3, act: () => stopped.child.kill('SIGTERM') },
      ],
    });
    const { acked } = result;
    const { rows } = await client.query<{ url: string; n: string }>(
      `SELECT url, count(*) AS n FROM "Event" WHERE "siteId" = $1 GROUP BY url`,
      [siteId],
    );
    const stored = new Map(rows.map((row) => [Number(row.url.split('/').pop()), Number(row.n)]));
    const twice = [...stored.values()].filter((n) => n > 1).length;
    const missing = [...acked].filter((n) => stored.get(n) !== 1).length;
    console.log(
      `▶ ${CLIENTS} clients, ${LOAD_SECONDS} s: ${acked.size} events acknowledged (${Math.round(acked.size / LOAD_SECONDS)}/s, p99 ${result.p99Ms} ms, ` +
        `${result.cutOff} batches cut off by a dying replica, ${result.refused} refused), ${stored.size} distinct stored, ${twice} stored twice, ${missing} acknowledged but missing`,
    );
    assert.ok(acked.size > 1000, 'the load generator got batches through');
    assert.equal(twice, 0, 'nothing stored twice');
    assert.equal(missing, 0, 'every acknowledged event stored exactly once');
    // SIGTERM lets the replica finish its open requests first: give it a moment to exit.
    for (let i = 0; i < 40 && stopped.alive; i++) await sleep(250);
    assert.equal(killed.alive, false, 'SIGKILL stopped replica 1');
    assert.equal(stopped.alive, false, 'SIGTERM stopped replica 2 after draining');
    ok('every acknowledged event stored exactly once across SIGKILL and SIGTERM');

    const accepted = await metricValue(survivor.port, 'pathwise_events_accepted_total');
    assert.equal(accepted, survivor.acked, 'the survivor counted exactly what it acknowledged');
    ok(`/metrics on the survivor: ${accepted} events accepted = ${survivor.acked} acknowledged by it`);
    if (prometheus) {
      const expr = `pathwise_events_accepted_total{job="pathwise",instance="127.0.0.1:${survivor.port}"}`;
      let scraped: number | null = null;
      for (let i = 0; i < 40 && scraped !== survivor.acked; i++, await sleep(250)) scraped = await prometheus.value(expr);
      assert.equal(await prometheus.value(`up{job="pathwise"}`), 1, 'Prometheus scrapes the survivor with the bearer token');
      assert.equal(scraped, survivor.acked, 'Prometheus read the same count from /metrics');
      ok(`Prometheus ${prometheusVersion} scraped ${scraped} events accepted = ${survivor.acked} acknowledged by that replica`);
    }

    const exported = await delivery.delivered(20_000);
    const eventIds = (await client.query<{ id: number }>(`SELECT id FROM "Event" WHERE "siteId" = $1`, [siteId])).rows.map((row) => row.id);
    const notOnce = eventIds.filter((eventId) => exported.counts.get(eventId) !== 1).length;
    const strangers = [...exported.counts.keys()].filter((eventId) => !eventIds.includes(eventId)).length;
    console.log(
      `▶ S3: ${exported.objects} objects from ${exported.runs} runs (${exported.failedRuns} failed), watermark ${exported.watermark} of ${exported.last}`,
    );
    assert.equal(exported.watermark, exported.last, 'the delivery caught up with the last event');
    assert.equal(notOnce, 0, 'every stored event is in the bucket exactly once');
    assert.equal(strangers, 0, 'nothing in the bucket that is not a stored event');
    ok(`scheduled S3 delivery across the replicas: ${eventIds.length} events, each delivered exactly once`);

    await stopAll(replicas); // the survivor's last log lines are in before the rows are compared
    const runs = await checkJobRuns(client, replicas, killed);
    ok(
      `${runs.ticks} job ticks (${runs.jobs}), each on exactly one replica (${runs.perReplica.join('/')} per replica; ` +
        `${runs.failed} failed, ${runs.unfinished} left unfinished by SIGKILL), rows matching each replica's log`,
    );
  } finally {
    await stopAll(replicas);
    for (const step of cleanup.reverse()) await step().catch(() => undefined);
    await client.end().catch(() => undefined);
    await database.drop();
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
