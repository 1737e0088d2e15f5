import { getLocale, getTranslations } from 'next-intl/server';
import type { DestinationSummary } from '@/lib/queries/exports';
import { ActionButton } from '../_components/action-button';
import { deleteDestinationAction, runNowAction, toggleDestinationAction } from './actions';
import styles from './exports-admin.module.css';
import { byteFormatter } from '@/lib/export/bytes';
import { createFormatter, type Formatter } from '@/lib/i18n/format';
import type { Locale } from '@/lib/i18n/config';
import type { Translate } from '@/lib/i18n/translate';
import { TableWrap } from '@/components/shell/table-wrap';

const SCHEDULES = new Set(['HOURLY', 'DAILY']);

function Runs({ runs, t, f, bytes }: { runs: DestinationSummary['runs']; t: Translate; f: Formatter; bytes: (n: number) => string }) {
  if (runs.length === 0) return <p className="muted">{t('noRuns')}</p>;
  return (
    <TableWrap label={t('runs')}>
      <table className="table">
        <thead>
          <tr>
            <th scope="col">{t('started')}</th>
            <th scope="col">{t('eventIds')}</th>
            <th scope="col" className="num">
              {t('rows')}
            </th>
            <th scope="col" className="num">
              {t('size')}
            </th>
            <th scope="col" className="num">
              {t('took')}
            </th>
            <th scope="col">{t('result')}</th>
          </tr>
        </thead>
        <tbody>
          {runs.map((run) => (
            <tr key={run.id}>
              <td>{f.dayTime(run.startedAt)}</td>
              <td>{run.toEventId >= run.fromEventId ? `${run.fromEventId}–${run.toEventId}` : '—'}</td>
              <td className="num">{f.exact(run.rows)}</td>
              <td className="num">{bytes(run.bytes)}</td>
              <td className="num">{run.durationMs === null ? '…' : f.ms(run.durationMs)}</td>
              <td className={run.error ? styles.error : undefined}>
                {run.error ? (
                  <span translate="no">{run.error}</span>
                ) : run.finishedAt === null ? (
                  t('running')
                ) : run.objectKey ? (
                  <code>{run.objectKey}</code>
                ) : (
                  t('nothingNew')
                )}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </TableWrap>
  );
}

export async function DestinationList({ destinations }: { destinations: DestinationSummary[] }) {
  const t = await getTranslations('admin.destinations');
  const locale = (await getLocale()) as Locale;
  // Runs span the day boundaries of every zone an agency might be in: their times are in UTC.
  const f = createFormatter(locale, 'UTC');
  const bytes = byteFormatter(locale);
  if (destinations.length === 0) {
    return (
      <section className={`card ${styles.section}`}>
        <h2>{t('emptyTitle')}</h2>
        <p className="muted">{t('empty')}</p>
      </section>
    );
  }
  return (
    <>
      {destinations.map((destination) => {
        const target = (bucket: string) => `s3://${bucket}/${destination.prefix}`;
        return (
          <section
            key={destination.id}
            className={`card ${styles.section}`}
            aria-labelledby={`destination-${destination.id}`}
            data-testid="destination"
          >
            <div className={styles.head}>
              <div>
                <h2 id={`destination-${destination.id}`} translate="no">
                  {destination.name}
                </h2>
                <p className="muted">
                  {t.rich('summary', {
                    site: `${destination.siteName} (${destination.siteKey})`,
                    target: target(destination.bucket),
                    hasBackup: destination.backupBucket ? 'yes' : 'no',
                    backupTarget: destination.backupBucket ? target(destination.backupBucket) : '',
                    format: destination.format,
                    schedule: SCHEDULES.has(destination.schedule)
                      ? t(`schedules.${destination.schedule}`)
                      : t('schedules.other', { schedule: destination.schedule }),
                    endpoint: destination.endpoint || 'AWS',
                    region: destination.region,
                    key: destination.accessKeyId,
                    watermark: f.exact(destination.watermark),
                    paused: destination.enabled ? 'no' : 'yes',
                    d: (chunks) => <span translate="no">{chunks}</span>,
                  })}
                </p>
              </div>
              <div className={styles.actions}>
                <ActionButton action={runNowAction} fields={{ id: destination.id }} label={t('runNow')} pendingLabel={t('runningNow')} />
                <ActionButton
                  action={toggleDestinationAction}
                  fields={{ id: destination.id, enabled: String(!destination.enabled) }}
                  label={destination.enabled ? t('pause') : t('resume')}
                  pendingLabel={destination.enabled ? t('pausing') : t('resuming')}
                  secondary
                />
                <ActionButton
                  action={deleteDestinationAction}
                  fields={{ id: destination.id }}
                  label={t('delete')}
                  pendingLabel={t('deleting')}
                  secondary
                />
              </div>
            </div>
            <Runs runs={destination.runs} t={t} f={f} bytes={bytes} />
          </section>
        );
      })}
    </>
  );
}
