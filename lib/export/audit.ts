// Every download is recorded in the audit log (action `export.download`, through the shared
// recordAudit): who, when, which filters, the format, how many rows, and whether it finished.
// Written when the stream ends, so the row count is the real one.
import { recordAudit } from '@/lib/audit';
import type { Db } from '@/lib/db';
import type { ExportParams } from '@/lib/params/export';

export const EXPORT_AUDIT_ACTION = 'export.download';

export type ExportStatus = 'completed' | 'cancelled' | 'failed';

export type ExportAuditDetails = {
  filename: string;
  format: ExportParams['format'];
  filters: { site: string | null; from: string | null; to: string | null; types: string[] | null };
  rows: number;
  bytes: number;
  durationMs: number;
  status: ExportStatus;
  error?: string;
};

export async function recordExport(
  db: Db,
  entry: { actorId: string; params: ExportParams } & Omit<ExportAuditDetails, 'format' | 'filters'>,
) {
  const { params, actorId, ...rest } = entry;
  const details: ExportAuditDetails = {
    ...rest,
    format: params.format,
    filters: { site: params.siteKey ?? null, from: params.from ?? null, to: params.to ?? null, types: params.types ?? null },
  };
  await recordAudit(db, { actorId, action: EXPORT_AUDIT_ACTION, target: params.siteKey ? `site:${params.siteKey}` : null, details });
}
