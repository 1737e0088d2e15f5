// The one way to write the audit log (who did what, to what, when). Every feature that exports,
// erases, changes settings or runs a data-lifecycle job calls recordAudit — pass the transaction
// client when the change itself runs in one, so the record and the change commit together.
//
// No 'server-only' here: jobs run from the CLI (`npm run job -- retention`) record audits too.
import type { Db, Prisma } from './db';

/** Anything with the auditLog delegate: the shared `db`, a `createDb()` client or a transaction. */
export type AuditClient = Pick<Db, 'auditLog'> | Pick<Prisma.TransactionClient, 'auditLog'>;

/**
 * Actions are `area.verb` in snake case, e.g. `privacy.erase_user`, `settings.update`,
 * `retention.run`, `export.download`. The audit page filters on them exactly.
 */
export type AuditEntry = {
  /** The signed-in user who acted; null for the system (scheduled jobs, CLI runs). */
  actorId: string | null;
  action: string;
  /** What was acted on, as `kind:id` (e.g. `user:ck…`, `site:demo`, `visitor:…`); null when global. */
  target?: string | null;
  /** Plain facts for people reading the log: counts, before/after values, filters. */
  details?: Record<string, unknown>;
};

export const AUDIT_ACTION = /^[a-z][a-z0-9_]*\.[a-z][a-z0-9_]*$/;

export async function recordAudit(client: AuditClient, entry: AuditEntry): Promise<{ id: string }> {
  if (!AUDIT_ACTION.test(entry.action)) {
    throw new Error(`recordAudit: action "${entry.action}" must look like area.verb (lower case, e.g. privacy.erase_user)`);
  }
  return client.auditLog.create({
    data: {
      actorId: entry.actorId,
      action: entry.action,
      target: entry.target ?? null,
      ...(entry.details === undefined ? {} : { details: toJsonValue(entry.details) as Prisma.InputJsonObject }),
    },
    select: { id: true },
  });
}

/** Dates become ISO strings, BigInts decimal strings, undefined keys vanish: the JSON column takes anything else. */
export function toJsonValue(value: unknown): unknown {
  if (value === null || typeof value === 'string' || typeof value === 'boolean') return value;
  if (typeof value === 'number') return Number.isFinite(value) ? value : String(value);
  if (typeof value === 'bigint') return value.toString();
  if (value instanceof Date) return value.toISOString();
  if (Array.isArray(value)) return value.map((item) => (item === undefined ? null : toJsonValue(item)));
  if (typeof value === 'object') {
    return Object.fromEntries(
      Object.entries(value as Record<string, unknown>)
        .filter(([, item]) => item !== undefined)
        .map(([key, item]) => [key, toJsonValue(item)]),
    );
  }
  return String(value);
}
