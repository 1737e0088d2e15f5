// The digests' site settings, stored in Setting `digests`: when the weekly run happens (UTC day
// and hour) and whether parents get the summary before they choose (the school decides). Plain
// Node, so the job reads it from the CLI and the scheduler too.
import { z } from 'zod';
import type { Db } from '@/lib/db';

export const DIGEST_SETTING_KEY = 'digests';

export const digestSettingsSchema = z.strictObject({
  /** 0 = Sunday … 6 = Saturday, in UTC. */
  day: z.number().int().min(0).max(6),
  /** 0–23, UTC. */
  hour: z.number().int().min(0).max(23),
  /** Parents who have not chosen get the weekly summary only when this is on. */
  parentDefaultOptIn: z.boolean(),
});
export type DigestSettings = z.infer<typeof digestSettingsSchema>;

/** Monday 07:00 UTC, parents opted out until they (or the school) opt in. */
export const DEFAULT_DIGEST_SETTINGS: DigestSettings = { day: 1, hour: 7, parentDefaultOptIn: false };

export const WEEKDAYS = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'] as const;

/** The stored settings; a missing or unreadable row falls back to the defaults field by field. */
export async function loadDigestSettings(db: Db): Promise<DigestSettings> {
  const row = await db.setting.findUnique({ where: { key: DIGEST_SETTING_KEY }, select: { value: true } });
  const stored = row?.value && typeof row.value === 'object' ? (row.value as Record<string, unknown>) : {};
  const merged = { ...DEFAULT_DIGEST_SETTINGS, ...stored };
  const parsed = digestSettingsSchema.safeParse(merged);
  return parsed.success ? parsed.data : DEFAULT_DIGEST_SETTINGS;
}
