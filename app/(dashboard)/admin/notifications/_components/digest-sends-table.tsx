import type { SessionUser } from '@/lib/auth/roles';
import { getLocale, getTranslations } from 'next-intl/server';
import type { Locale } from '@/lib/i18n/config';
import { createFormatter } from '@/lib/i18n/format';
import { listDigestSends } from '@/lib/queries/notifications';
import { TableWrap } from '@/components/shell/table-wrap';

const STATUSES = new Set(['sent', 'stored', 'failed', 'pending']);
const KINDS = new Set(['instructor', 'parent']);

/** The latest digests sent (or, without SMTP, kept), each with a link to what it said. */
export async function DigestSendsTable({ admin }: { admin: SessionUser }) {
  const sends = await listDigestSends(admin);
  const t = await getTranslations('admin.notifications');
  // Digests go out on a UTC schedule (the settings say so), so their times are in UTC too.
  const f = createFormatter((await getLocale()) as Locale, 'UTC');
  if (sends.length === 0) {
    return (
      <p className="muted" role="status">
        {t.rich('none', { code: (chunks) => <code>{chunks}</code> })}
      </p>
    );
  }
  return (
    <TableWrap label={t('tableWrap')}>
      <table className="table" data-testid="digest-sends" aria-label={t('table')}>
        <thead>
          <tr>
            <th scope="col">{t('week')}</th>
            <th scope="col">{t('to')}</th>
            <th scope="col">{t('kind')}</th>
            <th scope="col">{t('subject')}</th>
            <th scope="col">{t('status')}</th>
            <th scope="col">{t('preview')}</th>
          </tr>
        </thead>
        <tbody>
          {sends.map((send) => (
            <tr key={send.id}>
              <td title={f.dayTime(send.at)}>{send.week}</td>
              <td translate="no">{send.to}</td>
              <td>{KINDS.has(send.kind) ? t(`kinds.${send.kind}`) : t('kinds.other', { kind: send.kind })}</td>
              <td translate="no">{send.subject}</td>
              <td title={send.error ?? undefined}>
                {STATUSES.has(send.status) ? t(`statuses.${send.status}`) : t('statuses.other', { status: send.status })}
                {send.attempts > 1 ? t('attempts', { count: send.attempts }) : ''}
              </td>
              <td>
                <a href={`/admin/notifications/${send.id}/preview`} target="_blank" rel="noreferrer">
                  {t('preview')}
                </a>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </TableWrap>
  );
}
