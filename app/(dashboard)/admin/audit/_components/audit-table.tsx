import Link from 'next/link';
import { getLocale, getTranslations } from 'next-intl/server';
import type { Locale } from '@/lib/i18n/config';
import { createFormatter } from '@/lib/i18n/format';
import type { SessionUser } from '@/lib/auth/roles';
import { getAuditPage } from '@/lib/queries/audit';
import { auditHref, summariseDetails } from '../_lib/summary';
import styles from '../../_components/admin.module.css';
import { TableWrap } from '@/components/shell/table-wrap';

/** The audit log spans every site: its instants are written in UTC, to the second, and in the reader's language. */
function whenFormat(locale: Locale) {
  const format = new Intl.DateTimeFormat(locale === 'en' ? 'en-CA' : locale, {
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    hour: '2-digit',
    minute: '2-digit',
    second: '2-digit',
    hourCycle: 'h23',
    timeZone: 'UTC',
    timeZoneName: 'short',
  });
  return (iso: string) => format.format(new Date(iso));
}

export async function AuditTable({ viewer, action, page }: { viewer: SessionUser; action?: string; page: number }) {
  const result = await getAuditPage(viewer, { action, page });
  const t = await getTranslations('admin.audit');
  const locale = (await getLocale()) as Locale;
  const f = createFormatter(locale);
  const when = whenFormat(locale);
  if (result.total === 0) {
    return (
      <p className="muted" role="status">
        {action ? t.rich('emptyFor', { action, code: (chunks) => <code>{chunks}</code> }) : t('empty')}
      </p>
    );
  }
  const first = (result.page - 1) * result.pageSize + 1;
  const last = first + result.rows.length - 1;
  return (
    <>
      <TableWrap label={t('table')}>
        <table className="table" aria-label={t('table')}>
          <thead>
            <tr>
              <th scope="col">{t('when')}</th>
              <th scope="col">{t('who')}</th>
              <th scope="col">{t('what')}</th>
              <th scope="col">{t('target')}</th>
              <th scope="col">{t('details')}</th>
            </tr>
          </thead>
          <tbody>
            {result.rows.map((row) => (
              <tr key={row.id} data-action={row.action}>
                <td className={styles.nowrap}>
                  <time dateTime={row.createdAt}>{when(row.createdAt)}</time>
                </td>
                <td>
                  {row.actor ? (
                    <span title={row.actor.name} translate="no">
                      {row.actor.email}
                    </span>
                  ) : (
                    <span className="muted">{t('system')}</span>
                  )}
                </td>
                <td>
                  <code>{row.action}</code>
                </td>
                <td className={styles.target}>{row.target ? <code>{row.target}</code> : <span className="muted">—</span>}</td>
                <td className={styles.details} translate="no">
                  {summariseDetails(row.details)}
                  {row.details !== null && (
                    <details>
                      <summary className="muted">JSON</summary>
                      <pre className={styles.pre}>{JSON.stringify(row.details, null, 2)}</pre>
                    </details>
                  )}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </TableWrap>
      <nav className={styles.pager} aria-label={t('pages')}>
        <span className="muted">{t('range', { first: f.exact(first), last: f.exact(last), total: f.exact(result.total) })}</span>
        <span className={styles.row}>
          {result.page > 1 && (
            <Link className="button button-secondary button-small" href={auditHref(action, result.page - 1)} rel="prev">
              {t('newer')}
            </Link>
          )}
          <span className="muted">{t('page', { page: f.exact(result.page), pageCount: f.exact(result.pageCount) })}</span>
          {result.page < result.pageCount && (
            <Link className="button button-secondary button-small" href={auditHref(action, result.page + 1)} rel="next">
              {t('older')}
            </Link>
          )}
        </span>
      </nav>
    </>
  );
}
