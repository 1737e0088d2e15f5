// The retention periods as stored: env defaults plus the admin's override in Setting `retention`.
// Read by the retention job (plain Node); the admin's change is in ./retention-override.ts.
import type { Db } from '@/lib/db';
import { RETENTION_SETTING_KEY, resolveRetentionConfig, RetentionConfigError, type RetentionConfig } from './retention-config';

export async function readRetentionOverride(db: Db): Promise<unknown> {
  const row = await db.setting.findUnique({ where: { key: RETENTION_SETTING_KEY }, select: { value: true } });
  return row?.value ?? undefined;
}

/** The periods in force now; throws RetentionConfigError on nonsense. */
export async function loadRetentionConfig(db: Db, env: NodeJS.ProcessEnv = process.env): Promise<RetentionConfig> {
  return resolveRetentionConfig(await readRetentionOverride(db), env);
}

export { RetentionConfigError };
