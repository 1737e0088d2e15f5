import type { DestinationSummary } from '@/lib/queries/exports';
import { ActionButton } from '../_components/action-button';
import { deleteDestinationAction, runNowAction, toggleDestinationAction } from './actions';
import styles from './exports-admin.module.css';
import { formatBytes } from '@/lib/format';
import { TableWrap } from '@/components/shell/table-wrap';

const when = new Intl.DateTimeFormat('en-GB', { dateStyle: 'medium', timeStyle: 'short', timeZone: 'UTC' });
const whole = new Intl.NumberFormat('en-US');

function Runs({ runs }: { runs: DestinationSummary['runs'] }) {
  if (runs.length === 0) return <p className="muted">No runs yet. The hourly job picks it up, or use Run now.</p>;
  return (
    <TableWrap label="Delivery runs">
      <table className="table">
        <thead>
          <tr>
            <th scope="col">Started (UTC)</th>
            <th scope="col">Event ids</th>
            <th scope="col" className="num">
              Rows
            </th>
            <th scope="col" className="num">
              Size
            </th>
            <th scope="col" className="num">
              Took
            </th>
            <th scope="col">Result</th>
          </tr>
        </thead>
        <tbody>
          {runs.map((run) => (
            <tr key={run.id}>
              <td>{when.format(new Date(run.startedAt))}</td>
              <td>{run.toEventId >= run.fromEventId ? `${run.fromEventId}–${run.toEventId}` : '—'}</td>
              <td className="num">{whole.format(run.rows)}</td>
              <td className="num">{formatBytes(run.bytes)}</td>
              <td className="num">{run.durationMs === null ? '…' : `${whole.format(run.durationMs)} ms`}</td>
              <td className={run.error ? styles.error : undefined}>
                {run.error ?? (run.finishedAt === null ? 'running' : run.objectKey ? <code>{run.objectKey}</code> : 'nothing new')}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </TableWrap>
  );
}

export function DestinationList({ destinations }: { destinations: DestinationSummary[] }) {
  if (destinations.length === 0) {
    return (
      <section className={`card ${styles.section}`}>
        <h2>No destinations yet</h2>
        <p className="muted">Add one below to send a site&apos;s raw events to an agency&apos;s own bucket as NDJSON, CSV or Parquet.</p>
      </section>
    );
  }
  return (
    <>
      {destinations.map((destination) => (
        <section key={destination.id} className={`card ${styles.section}`} aria-label={destination.name} data-testid="destination">
          <div className={styles.head}>
            <div>
              <h2>{destination.name}</h2>
              <p className="muted">
                {destination.siteName} ({destination.siteKey}) → s3://{destination.bucket}/{destination.prefix}
                {destination.backupBucket && ` and s3://${destination.backupBucket}/${destination.prefix}`} · {destination.format} ·{' '}
                {destination.schedule.toLowerCase()}
                {' · '}
                {destination.endpoint || 'AWS'} ({destination.region}) · key {destination.accessKeyId} · delivered up to event{' '}
                {whole.format(destination.watermark)}
                {!destination.enabled && ' · paused'}
              </p>
            </div>
            <div className={styles.actions}>
              <ActionButton action={runNowAction} fields={{ id: destination.id }} label="Run now" pendingLabel="Running…" />
              <ActionButton
                action={toggleDestinationAction}
                fields={{ id: destination.id, enabled: String(!destination.enabled) }}
                label={destination.enabled ? 'Pause' : 'Resume'}
                pendingLabel={destination.enabled ? 'Pausing…' : 'Resuming…'}
                secondary
              />
              <ActionButton
                action={deleteDestinationAction}
                fields={{ id: destination.id }}
                label="Delete"
                pendingLabel="Deleting…"
                secondary
              />
            </div>
          </div>
          <Runs runs={destination.runs} />
        </section>
      ))}
    </>
  );
}
