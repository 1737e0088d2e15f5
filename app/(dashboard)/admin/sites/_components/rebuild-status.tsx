import type { RebuildStatus } from '@/lib/queries/rollup-rebuilds';
import { RefreshWhileRunning } from './refresh-while-running';

/** The site's latest rollups rebuild (after a time-zone change): days done of the total, or its outcome. */
export function RebuildStatusLine({ siteKey, status }: { siteKey: string; status: RebuildStatus | undefined }) {
  if (!status) return <>none since the zone was set</>;
  const label = `Rollups rebuild for ${siteKey}`;
  if (status.state === 'running') {
    return (
      <span aria-label={label} aria-live="polite">
        running in {status.timeZone}: {status.done} of {status.total || '…'} day(s){' '}
        <progress max={status.total || 1} value={status.done} aria-label={`${label} progress`} />
        <RefreshWhileRunning />
      </span>
    );
  }
  if (status.state === 'failed')
    return (
      <span aria-label={label}>
        failed in {status.timeZone || 'its zone'}: {status.error}. The next rollups run retries.
      </span>
    );
  return (
    <span aria-label={label}>
      done: {status.total} day(s) in {status.timeZone}
    </span>
  );
}
