// The retention periods as stored: env defaults plus the admin's override in Setting `retention`.
import type { Db } from '@/lib/db';
import { recordAudit } from '@/lib/audit';
import { HttpError } from '@/lib/http/errors';
import {
  environmentPeriods,
  RETENTION_SETTING_KEY,
  resolveRetentionConfig,
  retentionOverrideSchema,
  retentionPeriodsSchema,
  RetentionConfigError,
  type RetentionConfig,
  type RetentionOverride,
} from './retention-config';

export async function readRetentionOverride(db: Db): Promise<unknown> {
  const row = await db.setting.findUnique({ where: { key: RETENTION_SETTING_KEY }, select: { value: true } });
  return row?.value ?? undefined;
}

const LABELS: Record<string, string> = { anonymiseAfterDays: 'Anonymise after', deleteAfterDays: 'Delete after' };

/** Zod issues in the words of the admin form's labels. */
function formMessage(issues: { path: PropertyKey[]; message: string }[]): string {
  return issues.map((issue) => `${LABELS[String(issue.path[0])] ?? 'Retention'} ${issue.message}.`).join(' ');
}

/** The periods in force now; throws RetentionConfigError on nonsense. */
export async function loadRetentionConfig(db: Db, env: NodeJS.ProcessEnv = process.env): Promise<RetentionConfig> {
  return resolveRetentionConfig(await readRetentionOverride(db), env);
}

/**
 * Saves the admin's override (an empty object clears it: the environment applies again), after
 * checking that the combination with the environment is valid, and audits before/after.
 */
export async function saveRetentionOverride(
  db: Db,
  actorId: string,
  input: unknown,
  env: NodeJS.ProcessEnv = process.env,
): Promise<RetentionConfig> {
  const parsed = retentionOverrideSchema.safeParse(input);
  if (!parsed.success) throw new HttpError('invalid_request', formMessage(parsed.error.issues));
  const override: RetentionOverride = Object.fromEntries(Object.entries(parsed.data).filter(([, value]) => value !== undefined));
  const clearing = override.anonymiseAfterDays === undefined && override.deleteAfterDays === undefined;
  const periods = retentionPeriodsSchema.safeParse({ ...environmentPeriods(env), ...override });
  if (!periods.success) throw new HttpError('invalid_request', formMessage(periods.error.issues));
  const next = resolveRetentionConfig(clearing ? undefined : override, env);
  // Read before the transaction, which starts with its write (see lib/privacy/anonymise.ts on SQLite).
  const before = (await readRetentionOverride(db)) ?? null;
  return db.$transaction(async (tx) => {
    if (clearing) await tx.setting.deleteMany({ where: { key: RETENTION_SETTING_KEY } });
    else {
      await tx.setting.upsert({
        where: { key: RETENTION_SETTING_KEY },
        create: { key: RETENTION_SETTING_KEY, value: override },
        update: { value: override },
      });
    }
    await recordAudit(tx, {
      actorId,
      action: 'settings.update',
      target: `setting:${RETENTION_SETTING_KEY}`,
      details: {
        before,
        after: clearing ? null : override,
        effective: { anonymiseAfterDays: next.anonymiseAfterDays, deleteAfterDays: next.deleteAfterDays },
      },
    });
    return next;
  });
}

export { RetentionConfigError };
