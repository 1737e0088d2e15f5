import type { SessionUser } from '@/lib/auth/roles';
import { formatDayTime } from '@/lib/format';
import { listDigestSends } from '@/lib/queries/notifications';
import { TableWrap } from '@/components/shell/table-wrap';

const STATUS: Record<string, string> = { sent: 'Sent', stored: 'Kept (no SMTP)', failed: 'Failed', pending: 'Sending' };

/** The latest digests sent (or, without SMTP, kept), each with a link to what it said. */
export async function DigestSendsTable({ admin }: { admin: SessionUser }) {
  const sends = await listDigestSends(admin);
  if (sends.length === 0) {
    return (
      <p className="muted" role="status">
        None yet. The digests run hourly once the scheduled time has passed, or now with `npm run job -- digests --force`.
      </p>
    );
  }
  return (
    <TableWrap label="Digest sends">
      <table className="table" data-testid="digest-sends" aria-label="Digests">
        <thead>
          <tr>
            <th scope="col">Week</th>
            <th scope="col">To</th>
            <th scope="col">Kind</th>
            <th scope="col">Subject</th>
            <th scope="col">Status</th>
            <th scope="col">Preview</th>
          </tr>
        </thead>
        <tbody>
          {sends.map((send) => (
            <tr key={send.id}>
              <td title={formatDayTime(send.at)}>{send.week}</td>
              <td>{send.to}</td>
              <td>{send.kind}</td>
              <td>{send.subject}</td>
              <td title={send.error ?? undefined}>
                {STATUS[send.status] ?? send.status}
                {send.attempts > 1 ? ` (${send.attempts} attempts)` : ''}
              </td>
              <td>
                <a href={`/admin/notifications/${send.id}/preview`} target="_blank" rel="noreferrer">
                  Preview
                </a>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </TableWrap>
  );
}
