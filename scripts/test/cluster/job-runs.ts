// Each scheduled job tick ran on exactly one replica: JobRun rows compared with what each replica
// logged as done. A row is the claim (its tickKey is unique); the log is the process's own word
// that it ran the job, so a replica running a tick it did not claim would show up as a mismatch.
import assert from 'node:assert/strict';
import type pg from 'pg';
import type { Replica } from './replicas';

type Row = { job: string; tickKey: string | null; replica: string | null; startedAt: Date; finishedAt: Date | null; ok: boolean | null };

export async function checkJobRuns(client: pg.Client, replicas: Replica[], killed: Replica) {
  const { rows } = await client.query<Row>(
    `SELECT job, "tickKey", replica, "startedAt", "finishedAt", ok FROM "JobRun" ORDER BY "startedAt"`,
  );
  assert.ok(rows.length > 0, 'the replicas ran scheduled jobs');
  assert.equal(rows.filter((row) => !row.tickKey).length, 0, 'every run was claimed through a tick key');
  const perTick = new Map<string, number>();
  for (const row of rows) perTick.set(row.tickKey!, (perTick.get(row.tickKey!) ?? 0) + 1);
  assert.equal([...perTick.values()].filter((n) => n > 1).length, 0, 'one JobRun row per tick key');

  const jobs = [...new Set(rows.map((row) => row.job))].sort();
  for (const job of jobs) {
    const runs = rows.filter((row) => row.job === job);
    // The advisory lock: a job's finished runs never overlap, whichever replicas ran them.
    const finished = runs.filter((row) => row.finishedAt);
    for (let i = 1; i < finished.length; i++)
      assert.ok(finished[i]!.startedAt >= finished[i - 1]!.finishedAt!, `${job}: two runs overlapped`);
    for (const replica of replicas) {
      const logged = replica.done.get(job) ?? 0;
      const recorded = runs.filter((row) => row.replica === replica.name && row.ok === true).length;
      // SIGKILL can land between a run's final update and its log line: one row more, never fewer.
      if (replica === killed)
        assert.ok(recorded - logged === 0 || recorded - logged === 1, `${job} on ${replica.name}: ${recorded} rows, ${logged} logged`);
      else assert.equal(recorded, logged, `${job} on ${replica.name}: rows and the replica's own log agree`);
    }
  }
  const ranBy = new Set(rows.map((row) => row.replica));
  assert.ok(ranBy.size >= 2, 'ticks were taken by more than one replica');
  return {
    ticks: perTick.size,
    jobs: jobs.map((job) => `${job} ${rows.filter((row) => row.job === job).length}`).join(', '),
    perReplica: replicas.map((replica) => rows.filter((row) => row.replica === replica.name).length),
    failed: rows.filter((row) => row.ok === false).length,
    unfinished: rows.filter((row) => !row.finishedAt).length,
  };
}
