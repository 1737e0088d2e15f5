// Imported history's follow-up work: each risk-backfill run (started by `npm run import`, or by
// statements of past days posted to the LRS) with how far it has got, so an admin sees when the
// risk history of those days is complete. The page refreshes itself while one runs.
import { useTranslations } from 'next-intl';
import type { JobRunSummary } from '@/lib/queries/job-runs';
import type { Locale } from '@/lib/i18n/config';
import { createFormatter } from '@/lib/i18n/format';
import styles from '../../_components/admin.module.css';
import { RefreshWhileRunning } from './refresh-while-running';

function state(run: JobRunSummary): 'failed' | 'done' | 'running' {
  if (run.ok === false) return 'failed';
  if (run.finishedAt) return 'done';
  return 'running';
}

/** Runs span every site, so their start times are in UTC. */
export function HistoryJobs({ runs, locale }: { runs: JobRunSummary[]; locale: Locale }) {
  const t = useTranslations('admin.sites.history');
  const f = createFormatter(locale, 'UTC');
  return (
    <section className={`card ${styles.section}`} aria-labelledby="history-jobs">
      <h2 id="history-jobs">{t('title')}</h2>
      {runs.length === 0 ? (
        <p className="muted">{t.rich('empty', { code: (chunks) => <code>{chunks}</code> })}</p>
      ) : (
        <table aria-label={t('table')}>
          <thead>
            <tr>
              <th>{t('started')}</th>
              <th>{t('askedBy')}</th>
              <th>{t('fromDay')}</th>
              <th>{t('daysDone')}</th>
              <th>{t('state')}</th>
            </tr>
          </thead>
          <tbody>
            {runs.map((run) => (
              <tr key={run.id}>
                <td>{f.dayTime(run.startedAt)}</td>
                <td>{run.site ? <span translate="no">{t('askedByLrs', { site: run.site })}</span> : t('askedByImport')}</td>
                <td>{run.from ?? '—'}</td>
                <td>{run.progress ?? '0/?'}</td>
                <td>{t(`states.${state(run)}`)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {runs.some((run) => state(run) === 'running') && <RefreshWhileRunning />}
    </section>
  );
}
