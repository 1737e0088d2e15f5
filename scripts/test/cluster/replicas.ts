// The cluster suite's replicas: our server with the scheduler beside it (scripts/serve.ts --jobs),
// each on its own port against the one database. Every job run a replica finishes is read from its
// log, so the suite can compare what each process says it ran with the JobRun rows.
import { spawn, type ChildProcess } from 'node:child_process';
import { hostname } from 'node:os';
import path from 'node:path';
import { createInterface } from 'node:readline';
import { setTimeout as sleep } from 'node:timers/promises';

export type Replica = {
  port: number;
  child: ChildProcess;
  /** JobRun.replica for this process (host:pid). */
  name: string;
  alive: boolean;
  acked: number;
  /** Job runs this process logged as done, per job name. */
  done: Map<string, number>;
};

export const UA = 'Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/126.0.0.0 Safari/537.36';
export const AUTH_SECRET = 'cluster-only-secret';

// A job failing every tick (risk-eval has no outcomes on an empty database) is said once, not per tick.
const reported = new Set<string>();

export function startReplica(root: string, port: number, env: Record<string, string>): Replica {
  const child = spawn(process.execPath, ['--import', 'tsx', path.join(root, 'scripts', 'serve.ts'), '--jobs'], {
    cwd: root,
    stdio: ['ignore', 'pipe', 'inherit'],
    env: { ...process.env, ...env, PORT: String(port), HOSTNAME: '127.0.0.1', AUTH_SECRET, NEXTAUTH_URL: `http://127.0.0.1:${port}` },
  });
  const replica: Replica = { port, child, name: `${hostname()}:${child.pid}`, alive: true, acked: 0, done: new Map() };
  child.once('exit', () => (replica.alive = false));
  createInterface({ input: child.stdout! }).on('line', (line) => {
    const match = /^\[job (\S+)\] done on /.exec(line);
    if (match) replica.done.set(match[1]!, (replica.done.get(match[1]!) ?? 0) + 1);
    else if (/failed|error/i.test(line) && !reported.has(line)) {
      reported.add(line);
      console.log(`  [replica ${port}] ${line} (said once)`);
    }
  });
  return replica;
}

export async function ready(replica: Replica): Promise<void> {
  for (let i = 0; i < 240 && replica.alive; i++) {
    const ok = await fetch(`http://127.0.0.1:${replica.port}/api/ready`).then(
      (response) => response.ok,
      () => false,
    );
    if (ok) return;
    await sleep(500);
  }
  throw new Error(`replica on ${replica.port} never became ready`);
}

export async function stopAll(replicas: Replica[]): Promise<void> {
  const exits = replicas.filter((replica) => replica.alive).map((replica) => new Promise((resolve) => replica.child.once('exit', resolve)));
  for (const replica of replicas) if (replica.alive) replica.child.kill('SIGTERM');
  await Promise.all(exits);
}

/** One failed sign-in through next-auth's credentials callback; returns the message it answers with. */
export async function wrongPassword(port: number, email: string): Promise<string> {
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
