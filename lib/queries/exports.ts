// What the admin pages show about exports: recent downloads (from the audit log) and the
// scheduled bucket destinations with their last runs. Admin only, checked here.
import 'server-only';
import { requireAdmin } from '@/lib/access';
import type { SessionUser } from '@/lib/auth/roles';
import { db } from '@/lib/db';
import { EXPORT_AUDIT_ACTION, type ExportAuditDetails } from '@/lib/export/audit';

export type RecentExport = {
  id: string;
  at: string;
  actor: string;
  filename: string;
  format: string;
  rows: number;
  bytes: number;
  status: string;
  filters: ExportAuditDetails['filters'] | null;
};

/** The latest downloads, newest first. */
export async function getRecentExports(user: SessionUser, limit = 15): Promise<RecentExport[]> {
  requireAdmin(user);
  const entries = await db.auditLog.findMany({
    where: { action: EXPORT_AUDIT_ACTION },
    orderBy: { createdAt: 'desc' },
    take: limit,
    select: { id: true, createdAt: true, details: true, actor: { select: { name: true, email: true } } },
  });
  return entries.map((entry) => {
    const details = (entry.details ?? {}) as Partial<ExportAuditDetails>;
    return {
      id: entry.id,
      at: entry.createdAt.toISOString(),
      actor: entry.actor ? `${entry.actor.name} <${entry.actor.email}>` : 'deleted user',
      filename: details.filename ?? '',
      format: details.format ?? 'unknown',
      rows: details.rows ?? 0,
      bytes: details.bytes ?? 0,
      status: details.status ?? 'unknown',
      filters: details.filters ?? null,
    };
  });
}

export type DestinationRun = {
  id: string;
  startedAt: string;
  finishedAt: string | null;
  fromEventId: number;
  toEventId: number;
  rows: number;
  bytes: number;
  durationMs: number | null;
  objectKey: string | null;
  error: string | null;
};

export type DestinationSummary = {
  id: string;
  name: string;
  siteKey: string;
  siteName: string;
  endpoint: string;
  region: string;
  bucket: string;
  prefix: string;
  backupBucket: string | null;
  accessKeyId: string;
  format: string;
  schedule: string;
  enabled: boolean;
  watermark: number;
  runs: DestinationRun[];
};

/** Every bucket destination with its latest runs, newest first. The secret never leaves the server. */
export async function getExportDestinations(user: SessionUser, runsPerDestination = 5): Promise<DestinationSummary[]> {
  requireAdmin(user);
  const destinations = await db.exportDestination.findMany({
    orderBy: [{ createdAt: 'asc' }, { name: 'asc' }],
    select: {
      id: true,
      name: true,
      endpoint: true,
      region: true,
      bucket: true,
      prefix: true,
      backupBucket: true,
      accessKeyId: true,
      format: true,
      schedule: true,
      enabled: true,
      watermark: true,
      site: { select: { key: true, name: true } },
      runs: { orderBy: { startedAt: 'desc' }, take: runsPerDestination },
    },
  });
  return destinations.map(({ site, runs, ...destination }) => ({
    ...destination,
    siteKey: site.key,
    siteName: site.name,
    runs: runs.map((run) => ({
      id: run.id,
      startedAt: run.startedAt.toISOString(),
      finishedAt: run.finishedAt?.toISOString() ?? null,
      fromEventId: run.fromEventId,
      toEventId: run.toEventId,
      rows: run.rows,
      bytes: run.bytes,
      durationMs: run.durationMs,
      objectKey: run.objectKey,
      error: run.error,
    })),
  }));
}
