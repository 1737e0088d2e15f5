// Imported history's follow-up work: each risk-backfill run (started by `npm run import`, or by
// statements of past days posted to the LRS) with how far it has got, so an admin sees when the
// risk history of those days is complete. The page refreshes itself while one runs.
import type { JobRunSummary } from '@/lib/queries/job-runs';
import styles from '../../_components/admin.module.css';
import { RefreshWhileRunning } from './refresh-while-running';

function state(run: JobRunSummary): string {
  if (run.ok === false) return 'failed';
  if (run.finishedAt) return 'done';
  return 'running';
}

export function HistoryJobs({ runs }: { runs: JobRunSummary[] }) {
  return (
    <section className={`card ${styles.section}`} aria-labelledby="history-jobs">
      <h2 id="history-jobs">Imported history: risk backfill</h2>
      {runs.length === 0 ? (
        <p className="muted">
          No history has asked for a risk backfill yet (`npm run import`, and statements of past days posted to the LRS, start one for the
          days they touched).
        </p>
      ) : (
        <table aria-label="Risk backfill runs">
          <thead>
            <tr>
              <th>started</th>
              <th>asked by</th>
              <th>from day</th>
              <th>days done</th>
              <th>state</th>
            </tr>
          </thead>
          <tbody>
            {runs.map((run) => (
              <tr key={run.id}>
                <td>{run.startedAt.slice(0, 16).replace('T', ' ')} UTC</td>
                <td>{run.site ? `LRS · ${run.site}` : 'import or by hand'}</td>
                <td>{run.from ?? '—'}</td>
                <td>{run.progress ?? '0/?'}</td>
                <td>{state(run)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {runs.some((run) => state(run) === 'running') && <RefreshWhileRunning />}
    </section>
  );
}
