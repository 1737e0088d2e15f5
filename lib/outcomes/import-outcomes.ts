// Stores a known-outcomes file (parsed by parse-csv.ts) as StudentOutcome rows, source "import":
// all of it in one transaction or, if any line is bad (including ids that are not students here),
// none of it. Re-running the same file changes nothing.
import type { Db } from '@/lib/db';
import { recordAudit } from '@/lib/audit';
import { parseOutcomesCsv, type RowProblem } from './parse-csv';

export class OutcomesRefused extends Error {
  override name = 'OutcomesRefused';
  constructor(readonly problems: RowProblem[]) {
    super(
      `Refused: ${problems.length} bad row(s); nothing was stored.\n` +
        problems
          .slice(0, 50)
          .map((problem) => `  line ${problem.line}: ${problem.message}`)
          .join('\n') +
        (problems.length > 50 ? `\n  … and ${problems.length - 50} more` : ''),
    );
  }
}

export type OutcomesImport = { rows: number; created: number; updated: number; unchanged: number };

export async function importOutcomes(db: Db, text: string, options: { now?: Date; file?: string } = {}): Promise<OutcomesImport> {
  const now = options.now ?? new Date();
  const { rows, problems } = parseOutcomesCsv(text, now);
  const users = await db.user.findMany({
    where: { externalId: { in: rows.map((row) => row.externalId) } },
    select: { id: true, externalId: true, role: true },
  });
  const byExternal = new Map(users.map((user) => [user.externalId, user]));
  for (const row of rows) {
    const user = byExternal.get(row.externalId);
    if (!user) problems.push({ line: row.line, message: `no user with external id ${row.externalId}` });
    else if (user.role !== 'STUDENT') problems.push({ line: row.line, message: `${row.externalId} is not a student` });
  }
  if (problems.length > 0) throw new OutcomesRefused(problems.sort((a, b) => a.line - b.line));

  return db.$transaction(async (tx) => {
    const existing = new Map(
      (
        await tx.studentOutcome.findMany({
          where: { userId: { in: users.map((user) => user.id) } },
          select: { userId: true, droppedOut: true, at: true, source: true },
        })
      ).map((row) => [row.userId, row]),
    );
    const result: OutcomesImport = { rows: rows.length, created: 0, updated: 0, unchanged: 0 };
    for (const row of rows) {
      const userId = (byExternal.get(row.externalId) as { id: string }).id;
      const before = existing.get(userId);
      // A "no" without a date keeps the date it was first imported with, so re-runs are no-ops.
      const at = row.at ?? before?.at ?? now;
      if (before && before.droppedOut === row.droppedOut && before.at.getTime() === at.getTime() && before.source === 'import') {
        result.unchanged++;
        continue;
      }
      const data = { droppedOut: row.droppedOut, at, source: 'import', recordedById: null };
      await tx.studentOutcome.upsert({ where: { userId }, create: { userId, ...data }, update: data });
      if (before) result.updated++;
      else result.created++;
    }
    if (result.created + result.updated > 0)
      await recordAudit(tx, {
        actorId: null,
        action: 'outcomes.import',
        details: { file: options.file ?? null, rows: result.rows, created: result.created, updated: result.updated },
      });
    return result;
  });
}
