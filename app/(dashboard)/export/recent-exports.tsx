import { getLocale, getTranslations } from 'next-intl/server';
import type { SessionUser } from '@/lib/auth/roles';
import { getRecentExports, type RecentExport } from '@/lib/queries/exports';
import styles from './export.module.css';
import { byteFormatter } from '@/lib/export/bytes';
import { createFormatter } from '@/lib/i18n/format';
import type { Locale } from '@/lib/i18n/config';
import type { Translate } from '@/lib/i18n/translate';
import { TableWrap } from '@/components/shell/table-wrap';

const STATUSES = new Set(['completed', 'cancelled', 'failed']);

/** The filters in words; site keys, days and event types are data, left untranslated. */
function Filters({ filters, t }: { filters: RecentExport['filters']; t: Translate }) {
  if (!filters) return <>{t('allEvents')}</>;
  const days = filters.from || filters.to ? `${filters.from ?? '…'} – ${filters.to ?? '…'}` : null;
  return (
    <>
      {filters.site ? (
        <>
          {t('siteLabel')} <span translate="no">{filters.site}</span>
        </>
      ) : (
        t('allSites')
      )}
      {days && ` · ${days}`}
      {filters.types?.length ? (
        <>
          {' · '}
          <span translate="no">{filters.types.join(', ')}</span>
        </>
      ) : null}
    </>
  );
}

export async function RecentExports({ user }: { user: SessionUser }) {
  const exports = await getRecentExports(user);
  const t = await getTranslations('export.recent');
  const locale = (await getLocale()) as Locale;
  // Exports may span sites in several zones: their times are in UTC, as the column header says.
  const format = createFormatter(locale, 'UTC');
  const bytes = byteFormatter(locale);
  return (
    <section className={`card ${styles.recent}`} aria-labelledby="recent-exports">
      <h2 id="recent-exports">{t('title')}</h2>
      {exports.length === 0 ? (
        <p className="muted">{t('empty')}</p>
      ) : (
        <TableWrap label={t('title')}>
          <table className="table" data-testid="recent-exports">
            <thead>
              <tr>
                <th scope="col">{t('when')}</th>
                <th scope="col">{t('who')}</th>
                <th scope="col">{t('format')}</th>
                <th scope="col">{t('filters')}</th>
                <th scope="col" className="num">
                  {t('rows')}
                </th>
                <th scope="col" className="num">
                  {t('size')}
                </th>
                <th scope="col">{t('status')}</th>
              </tr>
            </thead>
            <tbody>
              {exports.map((entry) => (
                <tr key={entry.id}>
                  <td>{format.dayTime(entry.at)}</td>
                  <td translate="no">{entry.actor}</td>
                  <td translate="no">{entry.format}</td>
                  <td>
                    <Filters filters={entry.filters} t={t} />
                  </td>
                  <td className="num">{format.exact(entry.rows)}</td>
                  <td className="num">{bytes(entry.bytes)}</td>
                  <td data-status={entry.status}>
                    {STATUSES.has(entry.status) ? t(`statuses.${entry.status}`) : t('statuses.other', { status: entry.status })}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </TableWrap>
      )}
    </section>
  );
}

export async function RecentExportsSkeleton() {
  const t = await getTranslations('export.recent');
  const common = await getTranslations('common');
  return (
    <section className={`card ${styles.recent}`} aria-busy="true" aria-label={t('loading')}>
      <h2>{t('title')}</h2>
      <p className="muted">{common('loading')}</p>
    </section>
  );
}
