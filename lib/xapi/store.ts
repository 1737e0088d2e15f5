// Stores prepared statements all-or-nothing: an id already stored with the same content is a
// no-op, with other content a 409; a voiding statement marks its target voided (unless the
// target is itself a voiding statement, which cannot be voided). Concurrent writers of the same
// id meet at the unique (siteId, statementId) index and are re-checked.
import { db } from '@/lib/db';
import { XapiError, bad } from './errors';
import { VOIDED_VERB, type PreparedStatement } from './prepare';

const conflict = (id: string) => new XapiError(409, `Statement ${id} already exists with different content; statement ids are immutable.`);

function isUniqueViolation(error: unknown): boolean {
  return typeof error === 'object' && error !== null && (error as { code?: string }).code === 'P2002';
}

async function attempt(siteId: string, statements: PreparedStatement[]): Promise<PreparedStatement[]> {
  return db.$transaction(async (tx) => {
    const ids = statements.map((s) => s.statementId);
    const existing = await tx.xapiStatement.findMany({
      where: { siteId, statementId: { in: ids } },
      select: { statementId: true, receivedHash: true },
    });
    const known = new Map(existing.map((row) => [row.statementId, row.receivedHash]));
    for (const s of statements) if (known.has(s.statementId) && known.get(s.statementId) !== s.receivedHash) throw conflict(s.statementId);
    const fresh = statements.filter((s) => !known.has(s.statementId));
    if (fresh.length === 0) return [];
    const rows = await tx.xapiStatement.createManyAndReturn({
      data: fresh.map(({ links: _links, voids: _voids, ...row }) => ({ ...row, siteId })),
      select: { pk: true, statementId: true },
    });
    const pkOf = new Map(rows.map((row) => [row.statementId, row.pk]));
    const links = fresh.flatMap((s) => s.links.map((link) => ({ ...link, siteId, statementPk: pkOf.get(s.statementId) as number })));
    if (links.length) await tx.xapiStatementLink.createMany({ data: links });
    const voided = fresh.filter((s) => s.voids).map((s) => s.refId as string);
    if (voided.length) {
      await tx.xapiStatement.updateMany({
        where: { siteId, statementId: { in: voided }, verb: { not: VOIDED_VERB } },
        data: { voided: true },
      });
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
