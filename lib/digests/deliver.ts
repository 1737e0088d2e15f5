// Sending one digest, at most once per recipient, kind and week. The DigestSend row is the claim:
// its unique (userId, kind, week) key lets exactly one run (or replica) create it, and only that
// run sends. A failed send is retried with backoff; a later run may take over a FAILED row (an
// atomic status change), never a sent or stored one. Every outcome is audited.
import { recordAudit } from '@/lib/audit';
import type { Db } from '@/lib/db';
import type { Mailer } from './mailer';
import type { RenderedMail } from './mail-layout';

export type DigestKind = 'instructor' | 'parent';
export type DeliveryOutcome = 'sent' | 'stored' | 'failed' | 'skipped';
export type RetryPolicy = { attempts: number; baseDelayMs: number };
export const DEFAULT_RETRY: RetryPolicy = { attempts: 3, baseDelayMs: 2_000 };

const isUniqueViolation = (error: unknown) => (error as { code?: string } | null)?.code === 'P2002';

async function claim(db: Db, key: { userId: string; kind: DigestKind; week: string }, to: string, mail: RenderedMail, status: string) {
  const data = { ...key, toAddress: to, subject: mail.subject, html: mail.html, text: mail.text, status };
  try {
    return (await db.digestSend.create({ data, select: { id: true, attempts: true } })).id;
  } catch (error) {
    if (!isUniqueViolation(error)) throw error;
    const existing = await db.digestSend.findUnique({ where: { userId_kind_week: key }, select: { id: true, status: true } });
    if (existing?.status !== 'failed') return null;
    const taken = await db.digestSend.updateMany({ where: { id: existing.id, status: 'failed' }, data: { ...data, error: null } });
    return taken.count === 1 ? existing.id : null;
  }
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

export async function deliverDigest(
  db: Db,
  mailer: Mailer | null,
  request: { userId: string; kind: DigestKind; week: string; to: string; mail: RenderedMail; unsubscribeUrl: string },
  retry: RetryPolicy = DEFAULT_RETRY,
): Promise<DeliveryOutcome> {
  const { userId, kind, week, to, mail } = request;
  const id = await claim(db, { userId, kind, week }, to, mail, mailer ? 'pending' : 'stored');
  if (!id) return 'skipped';
  const target = `user:${userId}`;
  if (!mailer) {
    await recordAudit(db, {
      actorId: null,
      action: 'digest.store',
      target,
      details: { kind, week, to, reason: 'PATHWISE_SMTP_URL is not set' },
    });
    return 'stored';
  }
  const headers = {
    'List-Unsubscribe': `<${request.unsubscribeUrl}>`,
    'List-Unsubscribe-Post': 'List-Unsubscribe=One-Click',
  };
  let lastError = '';
  for (let attempt = 1; attempt <= retry.attempts; attempt++) {
    try {
      const { messageId } = await mailer.send({ to, subject: mail.subject, html: mail.html, text: mail.text, headers });
      await db.digestSend.update({
        where: { id },
        data: { status: 'sent', sentAt: new Date(), messageId, attempts: { increment: attempt } },
      });
      await recordAudit(db, { actorId: null, action: 'digest.send', target, details: { kind, week, to, attempts: attempt, messageId } });
      return 'sent';
    } catch (error) {
      lastError = error instanceof Error ? error.message : String(error);
      if (attempt < retry.attempts) await sleep(retry.baseDelayMs * 2 ** (attempt - 1));
    }
  }
  await db.digestSend.update({
    where: { id },
    data: { status: 'failed', error: lastError.slice(0, 500), attempts: { increment: retry.attempts } },
  });
  await recordAudit(db, {
    actorId: null,
    action: 'digest.send_failed',
    target,
    details: { kind, week, to, attempts: retry.attempts, error: lastError },
  });
  return 'failed';
}
