// How long tracked data is kept. By default: anonymise after 90 days, delete after two
// years. The environment sets the defaults; an admin can override either period in the Setting
// row `retention`. A nonsense value anywhere stops the retention job with a message that names
// the value and the fix — silently falling back could delete data someone meant to keep.
import { z } from 'zod';

export const RETENTION_SETTING_KEY = 'retention';
export const DEFAULT_ANONYMISE_AFTER_DAYS = 90;
export const DEFAULT_DELETE_AFTER_DAYS = 730;
const MAX_DAYS = 36_500;

export const ENV_ANONYMISE = 'PATHWISE_ANONYMISE_AFTER_DAYS';
export const ENV_DELETE = 'PATHWISE_DELETE_AFTER_DAYS';

export type RetentionPeriods = { anonymiseAfterDays: number; deleteAfterDays: number };
export type RetentionSource = 'default' | 'env' | 'setting';
export type RetentionConfig = RetentionPeriods & {
  sources: { anonymiseAfterDays: RetentionSource; deleteAfterDays: RetentionSource };
};

export class RetentionConfigError extends Error {
  override name = 'RetentionConfigError';
}

const days = z
  .int({ error: 'must be a whole number of days' })
  .min(1, { error: 'must be at least 1 day' })
  .max(MAX_DAYS, { error: `must be at most ${MAX_DAYS} days` });

/** Both periods, and deletion strictly after anonymisation (else anonymising would be pointless). */
export const retentionPeriodsSchema = z
  .object({ anonymiseAfterDays: days, deleteAfterDays: days })
  .refine((value) => value.deleteAfterDays > value.anonymiseAfterDays, {
    error: 'must be longer than the anonymisation period',
    path: ['deleteAfterDays'],
  });

/** What the Setting row may hold: either period, or both. Unknown keys are refused. */
export const retentionOverrideSchema = z.strictObject({ anonymiseAfterDays: days.optional(), deleteAfterDays: days.optional() });
export type RetentionOverride = z.infer<typeof retentionOverrideSchema>;

/** Env values are text: only plain digits count, so "90d", "1e3", "" and "-5" are all refused. */
function fromEnv(name: string, raw: string | undefined): number | undefined {
  if (raw === undefined || raw.trim() === '') return undefined;
  const text = raw.trim();
  if (!/^\d+$/.test(text))
    throw new RetentionConfigError(
      `${name}="${raw}" is not a whole number of days. Fix: set it to e.g. ${name}=${name === ENV_DELETE ? DEFAULT_DELETE_AFTER_DAYS : DEFAULT_ANONYMISE_AFTER_DAYS}, or unset it.`,
    );
  return Number(text);
}

function describe(error: z.ZodError, label: (key: string) => string): string {
  return error.issues.map((issue) => `${label(String(issue.path[0] ?? 'value'))} ${issue.message}`).join('; ');
}

/**
 * The periods in force. `override` is the Setting row's value (unknown: it is JSON from the
 * database); pass undefined when there is none. Throws RetentionConfigError on nonsense.
 */
/** The environment's periods, each falling back to the default; not yet checked against each other. */
export function environmentPeriods(env: NodeJS.ProcessEnv = process.env): RetentionPeriods {
  return {
    anonymiseAfterDays: fromEnv(ENV_ANONYMISE, env[ENV_ANONYMISE]) ?? DEFAULT_ANONYMISE_AFTER_DAYS,
    deleteAfterDays: fromEnv(ENV_DELETE, env[ENV_DELETE]) ?? DEFAULT_DELETE_AFTER_DAYS,
  };
}

export function resolveRetentionConfig(override: unknown, env: NodeJS.ProcessEnv = process.env): RetentionConfig {
  const envAnonymise = fromEnv(ENV_ANONYMISE, env[ENV_ANONYMISE]);
  const envDelete = fromEnv(ENV_DELETE, env[ENV_DELETE]);
  let saved: RetentionOverride = {};
  if (override !== undefined && override !== null) {
    const parsed = retentionOverrideSchema.safeParse(override);
    if (!parsed.success) {
      throw new RetentionConfigError(
        `The saved retention setting is invalid: ${describe(parsed.error, (key) => key)}. Fix: save valid periods on /admin/privacy.`,
      );
    }
    saved = parsed.data;
  }
  const pick = (fromSetting: number | undefined, fromEnvValue: number | undefined, fallback: number): [number, RetentionSource] =>
    fromSetting !== undefined ? [fromSetting, 'setting'] : fromEnvValue !== undefined ? [fromEnvValue, 'env'] : [fallback, 'default'];
  const [anonymiseAfterDays, anonymiseSource] = pick(saved.anonymiseAfterDays, envAnonymise, DEFAULT_ANONYMISE_AFTER_DAYS);
  const [deleteAfterDays, deleteSource] = pick(saved.deleteAfterDays, envDelete, DEFAULT_DELETE_AFTER_DAYS);
  const sources = { anonymiseAfterDays: anonymiseSource, deleteAfterDays: deleteSource };

  const checked = retentionPeriodsSchema.safeParse({ anonymiseAfterDays, deleteAfterDays });
  if (!checked.success) {
    const where = (key: string) => {
      const source = sources[key as keyof typeof sources] ?? 'default';
      const name = key === 'deleteAfterDays' ? ENV_DELETE : ENV_ANONYMISE;
      return source === 'env' ? `${name} (${key})` : source === 'setting' ? `the saved ${key}` : `the default ${key}`;
    };
    throw new RetentionConfigError(
      `Retention periods are invalid: ${describe(checked.error, where)} (anonymise after ${anonymiseAfterDays} days, delete after ${deleteAfterDays} days). ` +
        `Fix: make ${ENV_DELETE} larger than ${ENV_ANONYMISE}, or save valid periods on /admin/privacy.`,
    );
  }
  return { ...checked.data, sources };
}
