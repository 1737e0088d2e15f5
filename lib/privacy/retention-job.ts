// `npm run job -- retention [--site KEY] [--batch-size N]` and the in-server scheduler (once a
// day). runJob records the JobRun; runRetention prints each step and audits `retention.run`.
import type { Job } from '@/lib/jobs/types';
import { runRetention } from './retention';

export const RETENTION_EVERY_MS = 24 * 60 * 60 * 1000;

const USAGE = 'Usage: npm run job -- retention [--site KEY] [--batch-size N]';

export function parseRetentionArgs(args: readonly string[]): { siteKey?: string; batchSize?: number } {
  const result: { siteKey?: string; batchSize?: number } = {};
  for (let i = 0; i < args.length; i += 2) {
    const [flag, value] = [args[i], args[i + 1]];
    if (value === undefined || value.startsWith('--')) throw new Error(`${flag} needs a value. ${USAGE}`);
    if (flag === '--site') result.siteKey = value;
    else if (flag === '--batch-size') {
      if (!/^\d+$/.test(value) || Number(value) < 1 || Number(value) > 100_000)
        throw new Error(`--batch-size must be a whole number from 1 to 100000, got "${value}".`);
      result.batchSize = Number(value);
    } else throw new Error(`Unknown option "${flag}". ${USAGE}`);
  }
  return result;
}

export const retentionJob: Job = {
  name: 'retention',
  description: 'Anonymise and delete old tracked data per the retention policy (args: --site KEY, --batch-size N)',
  everyMs: RETENTION_EVERY_MS,
  async run({ db, now, log, args }) {
    const { siteKey, batchSize } = parseRetentionArgs(args);
    let siteIds: string[] | undefined;
    if (siteKey) {
      const site = await db.site.findUnique({ where: { key: siteKey }, select: { id: true } });
      if (!site) throw new Error(`There is no site with key "${siteKey}".`);
      siteIds = [site.id];
    }
    return runRetention(db, { now, log, siteIds, batchSize });
  },
};
