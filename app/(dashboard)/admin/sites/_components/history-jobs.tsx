// Imported history's follow-up work: each risk-backfill run (started by `npm run import`) with how
// far it has got, so an admin sees when the risk history of imported days is complete.
import type { JobRunSummary } from '@/lib/queries/job-runs';
import styles from '../../_components/admin.module.css';

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
        <p className="muted">No import has asked for a risk backfill yet (`npm run import` starts one for the days it touched).</p>
      ) : (
        <table aria-label="Risk backfill runs">
          <thead>
            <tr>
              <th>started</th>
              <th>from day</th>
              <th>days done</th>
              <th>state</th>
            </tr>
          </thead>
          <tbody>
            {runs.map((run) => (
              <tr key={run.id}>
                <td>{run.startedAt.slice(0, 16).replace('T', ' ')} UTC</td>
                <td>{run.from ?? '—'}</td>
                <td>{run.progress ?? '0/?'}</td>
                <td>{state(run)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}
