// Stores prepared statements all-or-nothing: an id already stored with the same content is a
// no-op, with other content a 409; a voiding statement marks its target voided (unless the
// target is itself a voiding statement, which cannot be voided). Concurrent writers of the same
// id meet at the unique (siteId, statementId) index and are re-checked.
import { db, dbProvider } from '@/lib/db';
import { num, rawExecute, rawRows, sql } from '@/lib/sql/run';
import { XapiError, bad } from './errors';
import { VOIDED_VERB, type PreparedStatement } from './prepare';

const conflict = (id: string) => new XapiError(409, `Statement ${id} already exists with different content; statement ids are immutable.`);

/** Prisma's P2002, or the driver's own words when raw SQL meets the unique index. */
function isUniqueViolation(error: unknown): boolean {
  if (typeof error !== 'object' || error === null) return false;
  if ((error as { code?: string }).code === 'P2002') return true;
  return /unique constraint|UNIQUE constraint failed|duplicate key/i.test(String((error as { message?: string }).message));
}

const COLUMNS = [
  'siteId',
  'statementId',
  'json',
  'receivedHash',
  'verb',
  'actor',
  'activity',
  'registration',
  'refId',
  'hasAttachments',
  'stored',
  'timestamp',
];

// Raw SQL (lib/sql) rather than Prisma's createMany: one INSERT … RETURNING per table and
// batch, which is what lets a busy LRS keep up (npm run bench -- xapi).
async function attempt(siteId: string, statements: PreparedStatement[]): Promise<PreparedStatement[]> {
  return db.$transaction(async (tx) => {
    const on = { client: tx, provider: dbProvider() };
    const ids = statements.map((s) => s.statementId);
    const existing = await rawRows<{ statementId: string; receivedHash: string }>(
      sql`SELECT "statementId", "receivedHash" FROM "XapiStatement" WHERE "siteId" = ${siteId} AND "statementId" IN (${sql.join(ids)})`,
      on,
    );
    const known = new Map(existing.map((row) => [row.statementId, row.receivedHash]));
    for (const s of statements) if (known.has(s.statementId) && known.get(s.statementId) !== s.receivedHash) throw conflict(s.statementId);
    const fresh = statements.filter((s) => !known.has(s.statementId));
    if (fresh.length === 0) return [];
    const rows = fresh.map((s) => [
      siteId,
      s.statementId,
      s.json,
      s.receivedHash,
      s.verb,
      s.actor,
      s.activity,
      s.registration,
      s.refId,
      s.hasAttachments,
      s.stored,
      s.timestamp,
    ]);
    const inserted = await rawRows<{ pk: unknown; statementId: string }>(
      sql`INSERT INTO ${sql.values('XapiStatement', COLUMNS, rows)} RETURNING "pk", "statementId"`,
      on,
    );
    const pkOf = new Map(inserted.map((row) => [row.statementId, num(row.pk)]));
    const links = fresh.flatMap((s) =>
      s.links.map((link) => [pkOf.get(s.statementId) as number, siteId, link.kind, link.value, link.direct]),
    );
    for (let i = 0; i < links.length; i += 2_000) {
      await rawExecute(
        sql`INSERT INTO ${sql.values('XapiStatementLink', ['statementPk', 'siteId', 'kind', 'value', 'direct'], links.slice(i, i + 2_000))}`,
        on,
      );
    }
    const voided = fresh.filter((s) => s.voids).map((s) => s.refId as string);
    if (voided.length) {
      await rawExecute(
        sql`UPDATE "XapiStatement" SET "voided" = TRUE WHERE "siteId" = ${siteId} AND "statementId" IN (${sql.join(voided)}) AND "verb" <> ${VOIDED_VERB}`,
        on,
      );
    }
    return fresh;
  });
}

/** Returns the statements that were new (re-sends are no-ops). */
export async function storeStatements(siteId: string, statements: PreparedStatement[]): Promise<PreparedStatement[]> {
  const seen = new Set<string>();
  for (const s of statements) {
    if (seen.has(s.statementId)) throw bad(`statement id ${s.statementId} appears twice in one batch`);
    seen.add(s.statementId);
  }
  try {
    return await attempt(siteId, statements);
  } catch (error) {
    // Another request stored one of these ids between our check and our insert: check again.
    if (isUniqueViolation(error)) return attempt(siteId, statements);
    throw error;
  }
}
