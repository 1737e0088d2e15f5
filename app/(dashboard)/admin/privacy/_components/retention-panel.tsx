import type { SessionUser } from '@/lib/auth/roles';
import { ENV_ANONYMISE, ENV_DELETE } from '@/lib/privacy/retention-config';
import { getRetentionStatus } from '@/lib/privacy/retention-status';
import { RetentionForm } from './retention-form';
import styles from '../../_components/admin.module.css';
import { Notice } from '@/components/status/notice';

const SOURCE = { default: 'built-in default', env: 'environment', setting: 'saved here' } as const;

export async function RetentionPanel({ viewer }: { viewer: SessionUser }) {
  const status = await getRetentionStatus(viewer);
  const run = status.lastRun;
  const details = (run?.details ?? {}) as Record<string, unknown>;
  return (
    <section className={`card ${styles.section}`} aria-labelledby="retention-heading">
      <h2 id="retention-heading">Retention</h2>
      {status.error ? (
        <Notice alert>{status.error}</Notice>
      ) : (
        status.config && (
          <p>
            Events are <strong>anonymised after {status.config.anonymiseAfterDays} days</strong> (
            {SOURCE[status.config.sources.anonymiseAfterDays]}) and <strong>deleted after {status.config.deleteAfterDays} days</strong> (
            {SOURCE[status.config.sources.deleteAfterDays]}). Daily rollups keep the totals of deleted days. The job runs once a day, or now
            with <code>npm run job -- retention</code>.
          </p>
        )
      )}
      <p className="muted">
        {run
          ? run.ok === false
            ? `Last run ${run.startedAt.slice(0, 16).replace('T', ' ')} UTC failed: ${String(details.error ?? 'unknown error')}`
            : `Last run ${run.startedAt.slice(0, 16).replace('T', ' ')} UTC: ${String(details.eventsDeleted ?? 0)} events deleted, ${String(details.eventsAnonymised ?? 0)} anonymised.`
          : 'The retention job has not run yet.'}
      </p>
      <RetentionForm
        saved={status.override ?? {}}
        placeholders={{ anonymise: status.env.anonymise ?? '90', delete: status.env.delete ?? '730' }}
        envNames={{ anonymise: ENV_ANONYMISE, delete: ENV_DELETE }}
      />
    </section>
  );
}
