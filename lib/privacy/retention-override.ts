// An admin changes the retention periods (Admin → Privacy): validated against the environment,
// saved in Setting `retention` and audited in the same transaction.
import 'server-only';
import { requireAdmin } from '@/lib/access';
import { recordAudit } from '@/lib/audit';
import type { SessionUser } from '@/lib/auth/roles';
import { db } from '@/lib/db';
import { HttpError } from '@/lib/http/errors';
import {
  environmentPeriods,
  RETENTION_SETTING_KEY,
  resolveRetentionConfig,
  retentionOverrideSchema,
  retentionPeriodsSchema,
  type RetentionConfig,
  type RetentionOverride,
} from './retention-config';
import { readRetentionOverride } from './retention-settings';

const LABELS: Record<string, string> = { anonymiseAfterDays: 'Anonymise after', deleteAfterDays: 'Delete after' };

/** Zod issues in the words of the admin form's labels. */
function formMessage(issues: { path: PropertyKey[]; message: string }[]): string {
  return issues.map((issue) => `${LABELS[String(issue.path[0])] ?? 'Retention'} ${issue.message}.`).join(' ');
}

/**
 * Saves the admin's override (an empty object clears it: the environment applies again), after
 * checking that the combination with the environment is valid, and audits before/after.
 */
export async function saveRetentionOverride(
  admin: SessionUser,
  input: unknown,
  env: NodeJS.ProcessEnv = process.env,
): Promise<RetentionConfig> {
  requireAdmin(admin);
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
      actorId: admin.id,
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
