// Delivers one destination's new events to its bucket(s), exactly once. The watermark is the last
// delivered Event.id; a run plans the range (watermark, toId], records it in ExportRun *before*
// uploading, uploads, and only then moves the watermark. If anything fails the watermark stays
// and the next run retries the very same range under the very same object key, so a retry
// overwrites its own object instead of delivering events twice.
import { rm } from 'node:fs/promises';
import type { Db } from '@/lib/db';
import { recordAudit } from '@/lib/audit';
import type { ExportFormat } from '@/lib/export/formats';
import { assertPublicEndpoint } from './endpoint-guard';
import { objectKeyFor } from './object-key';
import { s3ClientFor, uploadFile } from './s3';
import { openSecret } from './secret-box';
import { writeEventsFile } from './write-object';

export type DeliveryOptions = {
  now?: Date;
  /**
   * Only events received at least this long ago are delivered. On Postgres an id is taken before
   * its transaction commits, so a lower id can become visible after a higher one; waiting a little
   * means the watermark never passes an event that is still being written.
   */
  settleMs?: number;
  /** Events per object; a bigger backlog becomes several objects. */
  maxRowsPerObject?: number;
  /** Objects per call, so one destination's backlog cannot hold the job for hours. */
  maxObjects?: number;
  pageSize?: number;
};

/**
 * `error` is what an admin sees (and ExportRun stores): a generic sentence, because a raw
 * connection error would tell them which internal ports answer. `errorDetail` is the real
 * error, for the server log and the audit entry only.
 */
export type DeliveryReport = {
  destinationId: string;
  objects: string[];
  rows: number;
  bytes: number;
  error: string | null;
  errorDetail?: string;
};

export const DELIVERY_FAILED = 'Delivery failed. The details are in the server log and the audit log (export.destination_failed).';

const FORMAT: Record<'JSON' | 'CSV' | 'PARQUET', ExportFormat> = { JSON: 'json', CSV: 'csv', PARQUET: 'parquet' };

type Destination = NonNullable<Awaited<ReturnType<typeof loadDestination>>>;

function loadDestination(db: Db, id: string) {
  return db.exportDestination.findUnique({ where: { id }, include: { site: { select: { key: true } } } });
}

/** The range the next run covers: a failed run's range first, otherwise new settled events. */
async function planRange(
  db: Db,
  destination: Destination,
  settledBefore: Date,
  maxRows: number,
): Promise<{ fromId: number; toId: number } | null> {
  const fromId = destination.watermark + 1;
  const retry = await db.exportRun.findFirst({
    where: {
      destinationId: destination.id,
      fromEventId: fromId,
      toEventId: { gte: fromId },
      OR: [{ finishedAt: null }, { error: { not: null } }],
    },
    orderBy: { startedAt: 'desc' },
    select: { toEventId: true },
  });
  if (retry) return { fromId, toId: retry.toEventId };
  const where = { siteId: destination.siteId, id: { gt: destination.watermark }, receivedAt: { lte: settledBefore } };
  const last = await db.event.findFirst({ where, orderBy: { id: 'desc' }, select: { id: true } });
  if (!last) return null;
  const cap = await db.event.findFirst({
    where: { ...where, id: { gt: destination.watermark, lte: last.id } },
    orderBy: { id: 'asc' },
    skip: maxRows - 1,
    select: { id: true },
  });
  return { fromId, toId: cap?.id ?? last.id };
}

async function deliverRange(
  db: Db,
  destination: Destination,
  range: { fromId: number; toId: number },
  options: Required<Pick<DeliveryOptions, 'now'>> & DeliveryOptions,
) {
  const started = Date.now();
  const run = await db.exportRun.create({
    data: { destinationId: destination.id, startedAt: options.now, fromEventId: range.fromId, toEventId: range.toId },
  });
  let file: Awaited<ReturnType<typeof writeEventsFile>> | null = null;
  try {
    file = await writeEventsFile(
      db,
      { siteId: destination.siteId, afterId: range.fromId - 1, toId: range.toId },
      FORMAT[destination.format],
      options.pageSize,
    );
    let objectKey: string | null = null;
    if (file.rows > 0 && file.firstAt && file.lastAt) {
      objectKey = objectKeyFor({
        prefix: destination.prefix,
        siteKey: destination.site.key,
        firstAt: file.firstAt,
        lastAt: file.lastAt,
        fromId: range.fromId,
        toId: range.toId,
        extension: file.extension,
      });
      await assertPublicEndpoint(destination.endpoint);
      const client = s3ClientFor({ ...destination, secretAccessKey: openSecret(destination.secretEncrypted, destination.accessKeyId) });
      try {
        for (const bucket of [destination.bucket, destination.backupBucket].filter((name): name is string => Boolean(name))) {
          await uploadFile(client, bucket, objectKey, file);
        }
      } finally {
        client.destroy();
      }
    }
    const done = {
      finishedAt: new Date(options.now.getTime() + (Date.now() - started)),
      rows: file.rows,
      bytes: file.bytes,
      durationMs: Date.now() - started,
      objectKey,
      error: null,
    };
    // The watermark only moves from where this run started: a concurrent run that got there first wins.
    const moved = await db.$transaction(async (tx) => {
      const updated = await tx.exportDestination.updateMany({
        where: { id: destination.id, watermark: range.fromId - 1 },
        data: { watermark: range.toId },
      });
      await tx.exportRun.update({
        where: { id: run.id },
        data: updated.count === 1 ? done : { ...done, error: 'Superseded: another run delivered this range first.' },
      });
      return updated.count === 1;
    });
    return {
      objectKey: moved ? objectKey : null,
      rows: moved ? file.rows : 0,
      bytes: moved ? file.bytes : 0,
      error: moved ? null : 'superseded',
    };
  } catch (error) {
    const detail = describeFailure(error);
    console.error(`[pathwise] export destination ${destination.id} failed for events ${range.fromId}–${range.toId}: ${detail}`);
    await db.exportRun.update({
      where: { id: run.id },
      data: {
        finishedAt: new Date(options.now.getTime() + (Date.now() - started)),
        durationMs: Date.now() - started,
        error: DELIVERY_FAILED,
      },
    });
    await recordAudit(db, {
      actorId: null,
      action: 'export.destination_failed',
      target: `export_destination:${destination.id}`,
      details: { runId: run.id, fromEventId: range.fromId, toEventId: range.toId, error: detail.slice(0, 1000) },
    });
    return { objectKey: null, rows: 0, bytes: 0, error: DELIVERY_FAILED, errorDetail: detail };
  } finally {
    if (file) await rm(file.path, { force: true });
  }
}

function describeFailure(error: unknown): string {
  if (!(error instanceof Error)) return String(error);
  // Connection errors from the SDK carry the refused address and port in the cause.
  const cause = error.cause instanceof Error ? ` (${error.cause.name}: ${error.cause.message})` : '';
  return `${error.name}: ${error.message}${cause}`;
}

export async function deliverDestination(db: Db, destinationId: string, options: DeliveryOptions = {}): Promise<DeliveryReport> {
  const now = options.now ?? new Date();
  const settledBefore = new Date(now.getTime() - (options.settleMs ?? 60_000));
  const report: DeliveryReport = { destinationId, objects: [], rows: 0, bytes: 0, error: null };
  for (let i = 0; i < (options.maxObjects ?? 24); i++) {
    const destination = await loadDestination(db, destinationId);
    if (!destination) throw new Error(`No export destination ${destinationId}`);
    const range = await planRange(db, destination, settledBefore, options.maxRowsPerObject ?? 500_000);
    if (!range) {
      // Recorded even when empty, so the admin page shows the schedule is alive.
      if (i === 0)
        await db.exportRun.create({
          data: {
            destinationId,
            startedAt: now,
            finishedAt: now,
            fromEventId: destination.watermark + 1,
            toEventId: destination.watermark,
            durationMs: 0,
          },
        });
      break;
    }
    const result = await deliverRange(db, destination, range, { ...options, now });
    report.rows += result.rows;
    report.bytes += result.bytes;
    if (result.objectKey) report.objects.push(result.objectKey);
    if (result.error) {
      report.error = result.error;
      if (result.errorDetail) report.errorDetail = result.errorDetail;
      break;
    }
  }
  return report;
}
