// `npm run test:cluster`: three replicas of our server (scripts/serve.ts) on one fresh PostgreSQL
// database, sharing limits through Redis. A load generator spreads SDK batches across them; one
// replica is killed with SIGKILL mid-load and another stopped with SIGTERM. Then: every
// acknowledged event is stored exactly once and nothing twice; five wrong passwords spread over
// the replicas locked the account on all of them; the surviving replica's /metrics counted what
// it acknowledged. (Jobs once per tick across replicas: lib/jobs/pg-scheduler.int.test.ts.)
import { spawn, type ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { setTimeout as sleep } from 'node:timers/promises';
import assert from 'node:assert/strict';
import pg from 'pg';
import { migrateDatabase } from '../db/migrate';
import { createPostgresDatabase } from './databases';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const BASE_PORT = Number(process.env.CLUSTER_PORT_BASE ?? 3320);
const LOAD_SECONDS = Number(process.env.CLUSTER_LOAD_SECONDS ?? 20);
const TOKEN = `cluster-${randomBytes(8).toString('hex')}`;
const UA = 'Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/126.0.0.0 Safari/537.36';

type Replica = { port: number; child: ChildProcess; alive: boolean; acked: number };

function startReplica(port: number, url: string): Replica {
  const child = spawn(process.execPath, ['--import', 'tsx', path.join(root, 'scripts', 'serve.ts')], {
    cwd: root,
    stdio: ['ignore', 'ignore', 'inherit'],
    env: {
      ...process.env,
      PORT: String(port),
      HOSTNAME: '127.0.0.1',
      DATABASE_URL: url,
      AUTH_SECRET: 'cluster-only-secret',
      NEXTAUTH_URL: `http://127.0.0.1:${port}`,
      PATHWISE_REDIS_URL: process.env.PATHWISE_TEST_REDIS_URL ?? 'redis://127.0.0.1:6379',
      PATHWISE_METRICS_TOKEN: TOKEN,
      PATHWISE_COLLECT_RATE: '1000000',
    },
  });
  const replica: Replica = { port, child, alive: true, acked: 0 };
  child.once('exit', () => (replica.alive = false));
  return replica;
}

async function ready(replica: Replica): Promise<void> {
  for (let i = 0; i < 240; i++) {
    const ok = await fetch(`http://127.0.0.1:${replica.port}/api/ready`).then(
      (response) => response.ok,
      () => false,
    );
    if (ok) return;
    await sleep(500);
  }
  throw new Error(`replica on ${replica.port} never became ready`);
}

/** One failed sign-in through next-auth's credentials callback; returns the message it answers with. */
async function wrongPassword(port: number, email: string): Promise<string> {
  const base = `http://127.0.0.1:${port}`;
  const csrf = await fetch(`${base}/api/auth/csrf`);
  const { csrfToken } = (await csrf.json()) as { csrfToken: string };
  const cookie = csrf.headers
    .getSetCookie()
    .map((line) => line.split(';')[0])
    .join('; ');
  const response = await fetch(`${base}/api/auth/callback/credentials`, {
    method: 'POST',
    redirect: 'manual',
    headers: { 'content-type': 'application/x-www-form-urlencoded', cookie },
    body: new URLSearchParams({ csrfToken, email, password: 'wrong-password', json: 'true' }),
  });
  const target = response.headers.get('location') ?? ((await response.json()) as { url?: string }).url ?? '';
  return new URL(target, base).searchParams.get('error') ?? '';
}

let sequence = 0;
async function load(
  replicas: Replica[],
  siteKey: string,
  seconds: number,
  acked: Set<number>,
  events: { kill: () => void; term: () => void },
) {
  const deadline = Date.now() + seconds * 1000;
  setTimeout(events.kill, (seconds * 1000) / 3);
  setTimeout(events.term, (seconds * 2000) / 3);
  await Promise.all(
    Array.from({ length: 12 }, async (_, client) => {
      for (let turn = client; Date.now() < deadline; turn++) {
        const live = replicas.filter((replica) => replica.alive);
        const replica = live[turn % live.length];
        if (!replica) return;
        const ids = Array.from({ length: 10 }, () => ++sequence);
        const batch = {
          site: siteKey,
          anon: `cluster-anon-${client}`,
          sid: `cluster-sid-${client}`,
          sent: Date.now(),
          events: ids.map((n) => ({ type: 'click', ts: Date.now(), url: `https://cluster.test/e/${n}` })),
        };
        try {
          const response = await fetch(`http://127.0.0.1:${replica.port}/api/collect`, {
            method: 'POST',
            headers: { 'content-type': 'text/plain', origin: 'https://cluster.test', 'user-agent': UA },
            body: JSON.stringify(batch),
          });
          if (response.ok && ((await response.json()) as { stored: number }).stored === 10) {
            ids.forEach((n) => acked.add(n));
            replica.acked += 10;
          }
        } catch {
          // a replica going away mid-request: not acknowledged, may or may not be stored
        }
      }
    }),
  );
}

async function metricValue(port: number, name: string): Promise<number> {
  const text = await (await fetch(`http://127.0.0.1:${port}/metrics`, { headers: { authorization: `Bearer ${TOKEN}` } })).text();
  return Number(new RegExp(`^${name} (\\S+)$`, 'm').exec(text)?.[1] ?? NaN);
}

async function main() {
  const database = await createPostgresDatabase();
  const replicas: Replica[] = [];
  const client = new pg.Client({ connectionString: database.url });
  try {
    await migrateDatabase(database.url);
    await client.connect();
    const siteKey = `cluster-${randomBytes(4).toString('hex')}`;
    await client.query(`INSERT INTO "Site" (id, key, name, domains, "updatedAt") VALUES ($1, $2, 'Cluster', '["cluster.test"]', now())`, [
      `site-${siteKey}`,
      siteKey,
    ]);
    for (let i = 0; i < 3; i++) replicas.push(startReplica(BASE_PORT + i, database.url));
    await Promise.all(replicas.map(ready));
    console.log(`▶ three replicas ready on ${replicas.map((replica) => replica.port).join(', ')}`);

    // Five wrong passwords spread over the replicas lock the account on every one of them.
    const email = `cluster-${randomBytes(4).toString('hex')}@pathwise.test`;
    const answers: string[] = [];
    for (let i = 0; i < 5; i++) answers.push(await wrongPassword(replicas[i % 3]!.port, email));
    assert.deepEqual(answers.slice(0, 4), Array(4).fill('Email or password is incorrect.'));
    assert.match(answers[4] ?? '', /^Too many failed sign-ins\. Try again in 15 minutes\.$/);
    for (const replica of replicas) assert.match(await wrongPassword(replica.port, email), /^Too many failed sign-ins/);
    console.log('✓ five wrong passwords across three replicas locked the account on all three');

    const acked = new Set<number>();
    await load(replicas, siteKey, LOAD_SECONDS, acked, {
      kill: () => replicas[0]!.child.kill('SIGKILL'),
      term: () => replicas[1]!.child.kill('SIGTERM'),
    });
    const { rows } = await client.query<{ url: string; n: string }>(
      `SELECT url, count(*) AS n FROM "Event" WHERE "siteId" = $1 GROUP BY url`,
      [`site-${siteKey}`],
    );
    const stored = new Map(rows.map((row) => [Number(row.url.split('/').pop()), Number(row.n)]));
    const twice = [...stored.values()].filter((n) => n > 1).length;
    const missing = [...acked].filter((n) => stored.get(n) !== 1).length;
    console.log(
      `▶ ${acked.size} events acknowledged, ${stored.size} distinct stored, ${twice} stored twice, ${missing} acknowledged but missing`,
    );
    assert.ok(acked.size > 1000, 'the load generator got batches through');
    assert.equal(twice, 0, 'nothing stored twice');
    assert.equal(missing, 0, 'every acknowledged event stored exactly once');
    // SIGTERM lets the replica finish its open requests first: give it a moment to exit.
    for (let i = 0; i < 40 && replicas[1]!.alive; i++) await sleep(250);
    assert.equal(replicas[0]!.alive, false, 'SIGKILL stopped replica 1');
    assert.equal(replicas[1]!.alive, false, 'SIGTERM stopped replica 2 after draining');
    console.log('✓ every acknowledged event stored exactly once across SIGKILL and SIGTERM');

    const accepted = await metricValue(replicas[2]!.port, 'pathwise_events_accepted_total');
    assert.equal(accepted, replicas[2]!.acked, 'the survivor counted exactly what it acknowledged');
    console.log(`✓ /metrics on the survivor: ${accepted} events accepted = ${replicas[2]!.acked} acknowledged by it`);
  } finally {
    for (const replica of replicas) if (replica.alive) replica.child.kill('SIGTERM');
    await Promise.all(replicas.map((replica) => (replica.alive ? new Promise((resolve) => replica.child.once('exit', resolve)) : null)));
    await client.end().catch(() => undefined);
    await database.drop();
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
