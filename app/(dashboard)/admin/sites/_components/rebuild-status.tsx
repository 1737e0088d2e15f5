import type { ReactNode } from 'react';
import { useTranslations } from 'next-intl';
import type { RebuildStatus } from '@/lib/queries/rollup-rebuilds';
import type { Locale } from '@/lib/i18n/config';
import { createFormatter } from '@/lib/i18n/format';
import { RefreshWhileRunning } from './refresh-while-running';
import { DataName, dataTag } from '../../_components/data-name';

/** The site's latest rollups rebuild (after a time-zone change): days done of the total, or its outcome. */
export function RebuildStatusLine({ siteKey, status, locale }: { siteKey: string; status: RebuildStatus | undefined; locale: Locale }) {
  const t = useTranslations('admin.sites.rebuild');
  const f = createFormatter(locale);
  if (!status) return <>{t('none')}</>;
  // Hidden names the status and its progress bar point at (the key in them is data).
  const labelId = `rebuild-${siteKey}`;
  const names = (
    <>
      <DataName id={labelId}>{t.rich('label', { key: siteKey, d: dataTag })}</DataName>
      <DataName id={`${labelId}-progress`}>{t.rich('progress', { key: siteKey, d: dataTag })}</DataName>
    </>
  );
  // Zone names and error text are data: marked so the zh-CN check (and translation tools) leave them be.
  const z = (chunks: ReactNode) => (status.timeZone ? <span translate="no">{chunks}</span> : chunks);
  const e = (chunks: ReactNode) => <span translate="no">{chunks}</span>;
  if (status.state === 'running') {
    return (
      <>
        {names}
        <span aria-labelledby={labelId} aria-live="polite">
          {t.rich('running', { zone: status.timeZone, z, done: f.exact(status.done), total: status.total ? f.exact(status.total) : '…' })}{' '}
          <progress max={status.total || 1} value={status.done} aria-labelledby={`${labelId}-progress`} />
          <RefreshWhileRunning />
        </span>
      </>
    );
  }
  if (status.state === 'failed')
    return (
      <>
        {names}
        <span aria-labelledby={labelId}>
          {t.rich('failed', {
            zone: status.timeZone || t('itsZone'),
            error: status.error ?? '',
            z,
            e,
          })}
        </span>
      </>
    );
  return (
    <>
      {names}
      <span aria-labelledby={labelId}>{t.rich('done', { total: f.exact(status.total), zone: status.timeZone, z })}</span>
    </>
  );
}
