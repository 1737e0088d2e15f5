// What the admin privacy page shows about retention: the periods in force and where each comes
// from, the saved override, and the last run. A broken configuration is shown, not thrown.
import 'server-only';
import { requireAdmin } from '@/lib/access';
import type { SessionUser } from '@/lib/auth/roles';
import { db } from '@/lib/db';
import {
  ENV_ANONYMISE,
  ENV_DELETE,
  resolveRetentionConfig,
  retentionOverrideSchema,
  type RetentionConfig,
  type RetentionOverride,
} from './retention-config';
import { readRetentionOverride } from './retention-settings';

export type RetentionStatus = {
  config: RetentionConfig | null;
  error: string | null;
  override: RetentionOverride | null;
  env: { anonymise: string | null; delete: string | null };
  lastRun: { startedAt: string; finishedAt: string | null; ok: boolean | null; details: unknown } | null;
};

export async function getRetentionStatus(admin: SessionUser, env: NodeJS.ProcessEnv = process.env): Promise<RetentionStatus> {
  requireAdmin(admin);
  const saved = await readRetentionOverride(db);
  let config: RetentionConfig | null = null;
  let error: string | null = null;
  try {
    config = resolveRetentionConfig(saved, env);
  } catch (caught) {
    error = caught instanceof Error ? caught.message : String(caught);
  }
  const parsed = retentionOverrideSchema.safeParse(saved);
  const run = await db.jobRun.findFirst({ where: { job: 'retention' }, orderBy: { startedAt: 'desc' } });
  return {
    config,
    error,
    override: parsed.success ? parsed.data : null,
    env: { anonymise: env[ENV_ANONYMISE] ?? null, delete: env[ENV_DELETE] ?? null },
    lastRun: run
      ? {
          startedAt: run.startedAt.toISOString(),
          finishedAt: run.finishedAt?.toISOString() ?? null,
          ok: run.ok,
          details: run.details ?? null,
        }
      : null,
  };
}
