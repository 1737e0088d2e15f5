// Flags for `npm run job -- rollups [--days N] [--full] [--site KEY]`.
export type RollupArgs = { days: number; full: boolean; siteKey?: string };

export const DEFAULT_RECOMPUTE_DAYS = 3;

export function parseRollupArgs(args: readonly string[]): RollupArgs {
  const result: RollupArgs = { days: DEFAULT_RECOMPUTE_DAYS, full: false };
  for (let i = 0; i < args.length; i++) {
    const arg = args[i];
    if (arg === '--full') result.full = true;
    else if (arg === '--days' || arg === '--site') {
      const value = args[++i];
      if (value === undefined) throw new Error(`${arg} needs a value, e.g. ${arg === '--days' ? '--days 7' : '--site demo'}.`);
      if (arg === '--site') result.siteKey = value;
      else {
        if (!/^\d+$/.test(value) || Number(value) < 1 || Number(value) > 3660)
          throw new Error(`--days must be a whole number from 1 to 3660, got "${value}".`);
        result.days = Number(value);
      }
    } else throw new Error(`Unknown option "${arg}". Use --days N, --full or --site KEY.`);
  }
  return result;
}
