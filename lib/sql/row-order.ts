// The one order Session rows are locked in by every writer that takes several at once (ingest's
// group commit, the SessionPath refresh): PostgreSQL locks a row when a statement reaches it, and
// two writers taking the same rows in different orders can each hold one the other waits for
// (deadlock 40P01). Code-unit order, the same as PostgreSQL's `ORDER BY "id" COLLATE "C"`.
import { rawRows, sql, type Connection } from './run';

/** Sorts rows by id in lock order. */
export const byId = (a: { id: string }, b: { id: string }): number => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);

/**
 * Locks these Session rows in id order (PostgreSQL; a no-op on SQLite, whose one writer at a time
 * needs none). Inside a transaction, before statements that would otherwise lock them in the
 * order their plan meets them.
 */
export async function lockSessionRows(on: Connection, ids: readonly string[]): Promise<void> {
  if (on.provider !== 'postgres' || ids.length === 0) return;
  const sorted = [...new Set(ids)].sort();
  for (let i = 0; i < sorted.length; i += 500)
    await rawRows(
      sql`SELECT "id" FROM "Session" WHERE "id" IN (${sql.join(sorted.slice(i, i + 500))}) ORDER BY "id" COLLATE "C" FOR NO KEY UPDATE`,
      on,
    );
}
