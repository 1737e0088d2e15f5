// Runs the load generator (load-worker.ts) in forked processes and merges what they measured. The
// same generator drives the server under test, the no-op route and the bare Node server, so the
// three figures differ only in the server.
import { fork } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import type { LoadJob, LoadReport } from './load-worker';

export type LoadResult = { requests: number; acknowledged: number; errors: number; latencies: Float64Array; seconds: number };

export async function generateLoad(job: Omit<LoadJob, 'firstClient'>, threads: number): Promise<LoadResult> {
  const count = Math.max(1, Math.min(threads, job.clients));
  const reports = await Promise.all(
    Array.from({ length: count }, (_, t) => {
      const first = Math.floor((t * job.clients) / count);
      const clients = Math.floor(((t + 1) * job.clients) / count) - first;
      return new Promise<LoadReport>((resolve, reject) => {
        const child = fork(fileURLToPath(new URL('./load-worker.ts', import.meta.url)), [], { execArgv: ['--import', 'tsx'] });
        child.once('message', (report: LoadReport) => resolve(report));
        child.once('error', reject);
        child.once('exit', (code) => (code ? reject(new Error(`load generator exited with ${code}`)) : undefined));
        child.send({ ...job, clients, firstClient: first } satisfies LoadJob);
      });
    }),
  );
  const latencies = new Float64Array(reports.reduce((n, r) => n + r.latencies.length, 0));
  let offset = 0;
  for (const r of reports) {
    latencies.set(r.latencies, offset);
    offset += r.latencies.length;
  }
  return {
    requests: reports.reduce((n, r) => n + r.requests, 0),
    acknowledged: reports.reduce((n, r) => n + r.acknowledged, 0),
    errors: reports.reduce((n, r) => n + r.errors, 0),
    latencies,
    seconds: Math.max(...reports.map((r) => r.seconds)),
  };
}
