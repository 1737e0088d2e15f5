// The audit log as the admin pages show it. Admin only, checked here.
import 'server-only';
import { requireAdmin } from '@/lib/access';
import type { SessionUser } from '@/lib/auth/roles';
import { db } from '@/lib/db';

export const AUDIT_PAGE_SIZE = 50;

export type AuditRow = {
  id: string;
  createdAt: string;
  action: string;
  target: string | null;
  /** Null for the system (scheduled jobs); the email is read now, so a renamed admin shows their current one. */
  actor: { id: string; email: string; name: string } | null;
  details: unknown;
};

export type AuditPage = { rows: AuditRow[]; total: number; page: number; pageCount: number; pageSize: number };

/** Newest first, optionally one action only; `page` is 1-based and clamped into range. */
export async function getAuditPage(
  viewer: SessionUser,
  options: { action?: string | null; page?: number; pageSize?: number } = {},
): Promise<AuditPage> {
  requireAdmin(viewer);
  const pageSize = options.pageSize ?? AUDIT_PAGE_SIZE;
  const where = options.action ? { action: options.action } : {};
  const total = await db.auditLog.count({ where });
  const pageCount = Math.max(1, Math.ceil(total / pageSize));
  const page = Math.min(Math.max(1, Math.floor(options.page ?? 1)), pageCount);
  const rows = await db.auditLog.findMany({
    where,
    orderBy: [{ createdAt: 'desc' }, { id: 'desc' }],
    skip: (page - 1) * pageSize,
    take: pageSize,
    select: {
      id: true,
      createdAt: true,
      action: true,
      target: true,
      details: true,
      actor: { select: { id: true, email: true, name: true } },
    },
  });
  return {
    rows: rows.map((row) => ({ ...row, createdAt: row.createdAt.toISOString(), details: row.details ?? null })),
    total,
    page,
    pageCount,
    pageSize,
  };
}

/** Every action that occurs in the log, with its count, for the filter. */
export async function getAuditActions(viewer: SessionUser): Promise<{ action: string; count: number }[]> {
  requireAdmin(viewer);
  const groups = await db.auditLog.groupBy({ by: ['action'], _count: { _all: true }, orderBy: { action: 'asc' } });
  return groups.map((group) => ({ action: group.action, count: group._count._all }));
}
