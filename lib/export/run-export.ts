// One download: resolves which sites the user may export (lib/access), fixes the set of events at the moment it
// starts (ids up to the current maximum), and returns a pull-driven byte stream. Rows are read
// only when the client is ready for more, so a slow download never piles rows up in memory.
// The audit record is written when the stream ends, however it ends.
import 'server-only';
import { accessibleSites, requireAdmin, resolveSite } from '@/lib/access';
import type { SessionUser } from '@/lib/auth/roles';
import { db } from '@/lib/db';
import { HttpError } from '@/lib/http/errors';
import { recordExport, type ExportStatus } from './audit';
import { exportFilename, FORMAT_INFO, type WriterOptions } from './formats';
import { zoneWindows, type ExportParams } from '@/lib/params/export';
import { boundScope, readExportRows } from './reader';
import type { ExportRow } from './columns';
import { exportColumnsIn } from './localised-columns';

export type PreparedExport = {
  filename: string;
  contentType: string;
  /** Events in the export, counted when it started. */
  rows: number;
  body: ReadableStream<Uint8Array>;
};

// One export at a time per person: the page disables its button, and this stops a second tab or
// a script from running copies side by side (each holds a database cursor and a writer). The
// value is the time of the last chunk, so a download whose body is never read or cancelled
// frees its slot after STALE_MS instead of locking its owner out.
const STALE_MS = 2 * 60_000;
const globalExports = globalThis as unknown as { pathwiseActiveExports?: Map<string, number> };
const active = (globalExports.pathwiseActiveExports ??= new Map<string, number>());

function isRunning(userId: string): boolean {
  const last = active.get(userId);
  return last !== undefined && Date.now() - last < STALE_MS;
}

/** The named site, or every site the user may see. */
async function exportedSites(user: SessionUser, siteKey: string | undefined) {
  return siteKey ? [await resolveSite(user, siteKey)] : accessibleSites(user);
}

export async function prepareExport(
  user: SessionUser,
  params: ExportParams,
  options: { now?: Date; pageSize?: number; writer?: WriterOptions } = {},
): Promise<PreparedExport> {
  requireAdmin(user);
  if (isRunning(user.id))
    throw new HttpError('export_in_progress', 'An export of yours is still running. Wait for it to finish, then try again.');
  const sites = await exportedSites(user, params.siteKey);
  const siteIds = sites.map((site) => site.id);
  // From and to are whole local days of each site's own zone.
  const { scope, rows } = await boundScope(db, { siteIds, windows: zoneWindows(sites, params), types: params.types });
  const now = options.now ?? new Date();
  const startedAt = Date.now();
  const filename = exportFilename(params.format, now);
  const format = FORMAT_INFO[params.format];

  let written = 0;
  let bytes = 0;
  async function* counted(): AsyncGenerator<ExportRow[]> {
    if (!scope.maxId) return; // nothing to read: the file still gets its header
    for await (const page of readExportRows(scope, options.pageSize)) {
      written += page.length;
      yield page;
    }
  }
  const columns = exportColumnsIn(params.headers);
  const chunks = format.write(counted(), { xlsx: { modified: now, columns, ...options.writer?.xlsx } });

  active.set(user.id, Date.now());
  let ended = false;
  const end = async (status: ExportStatus, error?: unknown) => {
    if (ended) return;
    ended = true;
    active.delete(user.id);
    const message = error === undefined ? undefined : error instanceof Error ? error.message : String(error);
    if (status === 'failed') console.error('[pathwise] export failed', error);
    await recordExport(db, {
      actorId: user.id,
      filename,
      params,
      rows: written,
      bytes,
      durationMs: Date.now() - startedAt,
      status,
      error: message,
    }).catch((auditError: unknown) => console.error('[pathwise] could not record an export in the audit log', auditError));
  };

  const body = new ReadableStream<Uint8Array>(
    {
      async pull(controller) {
        try {
          const next = await chunks.next();
          if (next.done) {
            await end('completed');
            controller.close();
            return;
          }
          bytes += next.value.byteLength;
          active.set(user.id, Date.now());
          controller.enqueue(next.value);
        } catch (error) {
          await end('failed', error);
          controller.error(error);
        }
      },
      async cancel() {
        await chunks.return(undefined).catch(() => undefined);
        await end('cancelled');
      },
    },
    { highWaterMark: 1 },
  );
  return { filename, contentType: format.contentType, rows, body };
}
