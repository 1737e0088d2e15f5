import 'server-only';
import { requireAdmin, requireStaff } from '@/lib/access';
import type { SessionUser } from '@/lib/auth/roles';
import { recordAudit } from '@/lib/audit';
import { db } from '@/lib/db';
import { digestSettingsSchema, DIGEST_SETTING_KEY, loadDigestSettings, type DigestSettings } from '@/lib/digests/settings';

export type NotificationRow = {
  id: string;
  title: string;
  body: string;
  kind: string;
  studentId: string | null;
  at: string;
  read: boolean;
};

/** The bell's count. */
export async function unreadNotificationCount(user: SessionUser): Promise<number> {
  requireStaff(user);
  return db.notification.count({ where: { userId: user.id, readAt: null } });
}

/** The signed-in staff member's own alerts, newest first. */
export async function listNotifications(user: SessionUser): Promise<NotificationRow[]> {
  requireStaff(user);
  const rows = await db.notification.findMany({ where: { userId: user.id }, orderBy: [{ createdAt: 'desc' }, { id: 'asc' }], take: 200 });
  return rows.map((row) => ({
    id: row.id,
    title: row.title,
    body: row.body,
    kind: row.kind,
    studentId: row.studentId,
    at: row.createdAt.toISOString(),
    read: row.readAt !== null,
  }));
}

/** Marks one (or, without an id, every) alert of the user's own as read or unread. */
export async function markNotifications(user: SessionUser, read: boolean, id?: string): Promise<number> {
  requireStaff(user);
  const where = { userId: user.id, ...(id ? { id } : {}) };
  return (await db.notification.updateMany({ where, data: { readAt: read ? new Date() : null } })).count;
}

export type DigestSendRow = {
  id: string;
  kind: string;
  week: string;
  to: string;
  subject: string;
  status: string;
  attempts: number;
  at: string;
  error: string | null;
};

/** Admin → Notifications: what was sent or, without SMTP, what would have been. */
export async function listDigestSends(admin: SessionUser): Promise<DigestSendRow[]> {
  requireAdmin(admin);
  const rows = await db.digestSend.findMany({
    orderBy: [{ createdAt: 'desc' }, { id: 'asc' }],
    take: 200,
    select: {
      id: true,
      kind: true,
      week: true,
      toAddress: true,
      subject: true,
      status: true,
      attempts: true,
      createdAt: true,
      error: true,
    },
  });
  return rows.map(({ toAddress, createdAt, ...row }) => ({ ...row, to: toAddress, at: createdAt.toISOString() }));
}

/** One kept digest's HTML, for the admin's preview. */
export async function digestPreview(admin: SessionUser, id: string): Promise<{ html: string; text: string } | null> {
  requireAdmin(admin);
  return db.digestSend.findUnique({ where: { id }, select: { html: true, text: true } });
}

export function digestSettings(admin: SessionUser): Promise<DigestSettings> {
  requireAdmin(admin);
  return loadDigestSettings(db);
}

/** Saves the schedule and the parents' default, audited with the values before and after. */
export async function saveDigestSettings(admin: SessionUser, input: unknown): Promise<DigestSettings> {
  requireAdmin(admin);
  const next = digestSettingsSchema.parse(input);
  const before = await loadDigestSettings(db);
  await db.$transaction(async (tx) => {
    await tx.setting.upsert({
      where: { key: DIGEST_SETTING_KEY },
      create: { key: DIGEST_SETTING_KEY, value: next },
      update: { value: next },
    });
    await recordAudit(tx, { actorId: admin.id, action: 'settings.update', target: 'setting:digests', details: { before, after: next } });
  });
  return next;
}
