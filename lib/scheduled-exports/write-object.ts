// Writes one delivery's events (ids in (afterId, toId] of one site) to a temporary file in the
// destination's format, streaming page by page, and reports what it wrote.
import { randomBytes } from 'node:crypto';
import { open } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import type { Db } from '@/lib/db';
import { FORMAT_INFO, type ExportFormat } from '@/lib/export/formats';
import { readExportRows } from '@/lib/export/reader';
import type { ExportRow } from '@/lib/export/columns';

const TIMESTAMP = 10; // EXPORT_COLUMNS index of Timestamp

export type WrittenObject = {
  path: string;
  rows: number;
  bytes: number;
  firstAt: Date | null;
  lastAt: Date | null;
  contentType: string;
  extension: string;
};

export async function writeEventsFile(
  db: Db,
  range: { siteId: string; afterId: number; toId: number },
  format: ExportFormat,
  pageSize?: number,
): Promise<WrittenObject> {
  const info = FORMAT_INFO[format];
  const file = path.join(os.tmpdir(), `pathwise-delivery-${randomBytes(8).toString('hex')}.${info.extension}`);
  let rows = 0;
  let firstAt: Date | null = null;
  let lastAt: Date | null = null;
  async function* pages(): AsyncGenerator<ExportRow[]> {
    for await (const page of readExportRows({ siteIds: [range.siteId], afterId: range.afterId, maxId: range.toId }, pageSize)) {
      for (const row of page) {
        const at = row[TIMESTAMP] as Date;
        if (!firstAt || at < firstAt) firstAt = at;
        if (!lastAt || at > lastAt) lastAt = at;
      }
      rows += page.length;
      yield page;
    }
  }
  const handle = await open(file, 'w');
  let bytes = 0;
  try {
    for await (const chunk of info.write(pages(), {})) {
      await handle.write(chunk);
      bytes += chunk.byteLength;
    }
  } finally {
    await handle.close();
  }
  return { path: file, rows, bytes, firstAt, lastAt, contentType: info.contentType, extension: info.extension };
}
