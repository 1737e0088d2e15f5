// The one order Session rows are locked in by every writer that takes several at once (ingest's
// group commit, the SessionPath refresh): PostgreSQL locks a row when a statement reaches it, and
// two writers taking the same rows in different orders can each hold one the other waits for
// (deadlock 40P01). Code-unit order, the same as PostgreSQL's `ORDER BY "id" COLLATE "C"`.

/** Sorts rows by id in lock order. */
export const byId = (a: { id: string }, b: { id: string }): number => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
