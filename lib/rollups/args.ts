// Flags for `npm run job -- rollups [--days N] [--full] [--site KEY]`.
import { readFlags, wholeNumber } from '@/lib/cli/flags';

export type RollupArgs = { days: number; full: boolean; siteKey?: string };

export const DEFAULT_RECOMPUTE_DAYS = 3;

export function parseRollupArgs(args: readonly string[]): RollupArgs {
  const { values } = readFlags(args, { days: { type: 'string' }, full: { type: 'boolean' }, site: { type: 'string' } });
  const result: RollupArgs = {
    days: values.days === undefined ? DEFAULT_RECOMPUTE_DAYS : wholeNumber('--days', values.days, 1, 3660),
    full: values.full === true,
  };
  if (values.site !== undefined) result.siteKey = values.site;
  return result;
}
