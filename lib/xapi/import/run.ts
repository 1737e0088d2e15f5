// `npm run import`: two passes over the file. The first validates every row and reports every
// bad one by line number; any bad row refuses the file and nothing is stored. The second stores
// statements in chunks (each chunk in one transaction, then mapped into learning data) and
// Pathwise batches through the server-event path, writing a checkpoint after each chunk, so an
// interrupted import resumes after the last stored chunk. Statement ids (derived from the row
// when absent) make a re-run a no-op.
import { existsSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { db } from '@/lib/db';
import { ingestServerBatch } from '@/lib/ingest/ingest';
import { serverBatchSchema } from '@/lib/schemas/collect';
import { siteByKey, type SiteConfig } from '@/lib/sites/lookup';
import { describeZodError } from '@/lib/http/errors';
import type { LrsClient } from '../auth';
import { XapiError } from '../errors';
import { mapStatements } from '../learning/apply';
import { prepareStatement, type PreparedStatement } from '../prepare';
import { storeStatements } from '../store';
import { validateStatement } from '../validate/statement';
import type { Json } from '../validate/primitives';
import { readRows, RowError, type Row } from './rows';

export type ImportOptions = {
  siteKey: string;
  file: string;
  homePage?: string | null;
  chunk?: number;
  onProgress?: (done: number, total: number) => void;
};
export type ImportResult = {
  rows: number;
  statements: number;
  stored: number;
  batches: number;
  events: number;
  resumedAfterLine: number;
  days: string[];
};

const checkpointPath = (file: string) => `${file}.pathwise-import.json`;
type Checkpoint = { size: number; mtimeMs: number; line: number };

function readCheckpoint(file: string): number {
  const path = checkpointPath(file);
  if (!existsSync(path)) return 0;
  const saved = JSON.parse(readFileSync(path, 'utf8')) as Checkpoint;
  const stat = statSync(file);
  // A changed file starts over (ids keep that safe).
  return saved.size === stat.size && saved.mtimeMs === stat.mtimeMs ? saved.line : 0;
}

function writeCheckpoint(file: string, line: number) {
  const stat = statSync(file);
  writeFileSync(checkpointPath(file), JSON.stringify({ size: stat.size, mtimeMs: stat.mtimeMs, line } satisfies Checkpoint));
}

function checkRow(row: Row, site: SiteConfig): string | null {
  try {
    if (row.kind === 'statement') validateStatement(row.statement, '2.0.0');
    else {
      const parsed = serverBatchSchema.safeParse(row.batch);
      if (!parsed.success) return describeZodError(parsed.error);
      if (parsed.data.site !== site.key) return `the batch is for site "${parsed.data.site}", not "${site.key}"`;
    }
    return null;
  } catch (error) {
    if (error instanceof XapiError) return error.message;
    throw error;
  }
}

export async function validateFile(file: string, site: SiteConfig, homePage: string | null): Promise<{ rows: number; errors: string[] }> {
  const errors: string[] = [];
  let rows = 0;
  try {
    for await (const row of readRows(file, homePage)) {
      rows++;
      const problem = checkRow(row, site);
      if (problem && errors.length < 100) errors.push(`line ${row.line}: ${problem}`);
    }
  } catch (error) {
    if (error instanceof RowError) errors.push(error.message);
    else throw error;
  }
  return { rows, errors };
}

export async function importFile(options: ImportOptions): Promise<ImportResult> {
  const site = await siteByKey(options.siteKey);
  if (!site) throw new Error(`No site has the key "${options.siteKey}".`);
  const credential = await db.xapiCredential.findFirst({
    where: { siteId: site.id, revokedAt: null, homePage: { not: null } },
    select: { homePage: true },
  });
  const homePage = options.homePage ?? credential?.homePage ?? null;
  const { rows, errors } = await validateFile(options.file, site, homePage);
  if (errors.length) throw new ImportRefused(errors);
  const client: LrsClient = { credentialId: 'import', key: 'pathwise-import', siteId: site.id, siteCreatedAt: site.createdAt, homePage };
  const resumeAfter = readCheckpoint(options.file);
  const result: ImportResult = { rows, statements: 0, stored: 0, batches: 0, events: 0, resumedAfterLine: resumeAfter, days: [] };
  const days = new Set<string>();
  const size = options.chunk ?? 500;
  let pending: { line: number; statement: PreparedStatement }[] = [];
  let done = 0;
  const flush = async () => {
    if (!pending.length) return;
    const fresh = await storeStatements(
      site.id,
      pending.map((p) => p.statement),
    );
    for (const s of fresh) days.add(s.timestamp.toISOString().slice(0, 10));
    result.stored += fresh.length;
    result.events += (await mapStatements(client, fresh)).events;
    writeCheckpoint(options.file, pending[pending.length - 1]?.line ?? 0);
    pending = [];
  };
  for await (const row of readRows(options.file, homePage)) {
    done++;
    if (row.line <= resumeAfter) continue;
    if (row.kind === 'statement') {
      result.statements++;
      pending.push({ line: row.line, statement: prepareStatement(row.statement as Json, client, '2.0.0', new Date()) });
      if (pending.length >= size) await flush();
    } else {
      await flush();
      const batch = serverBatchSchema.parse(row.batch);
      result.batches++;
      result.events += (await ingestServerBatch(batch, site, new Headers({ 'user-agent': 'pathwise-import' }))).stored;
      for (const event of batch.events) days.add(new Date(event.ts).toISOString().slice(0, 10));
      writeCheckpoint(options.file, row.line);
    }
    if (done % 1000 === 0) options.onProgress?.(done, rows);
  }
  await flush();
  options.onProgress?.(rows, rows);
  result.days = [...days].sort();
  return result;
}

export class ImportRefused extends Error {
  constructor(readonly errors: string[]) {
    super(`The file was refused; nothing was stored.\n${errors.join('\n')}`);
    this.name = 'ImportRefused';
  }
}
