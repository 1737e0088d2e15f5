// `npm run job -- retention [--site KEY] [--batch-size N]` and the in-server scheduler (once a
// day). runJob records the JobRun; runRetention prints each step and audits `retention.run`.
import { readFlags, wholeNumber } from '@/lib/cli/flags';
import type { Job } from '@/lib/jobs/types';
import { runRetention } from './retention';

export const RETENTION_EVERY_MS = 24 * 60 * 60 * 1000;

const USAGE = 'Usage: npm run job -- retention [--site KEY] [--batch-size N]';

export function parseRetentionArgs(args: readonly string[]): { siteKey?: string; batchSize?: number } {
  const { values } = readFlags(args, { site: { type: 'string' }, 'batch-size': { type: 'string' } }, { usage: USAGE });
  const result: { siteKey?: string; batchSize?: number } = {};
  if (values.site !== undefined) result.siteKey = values.site;
  if (values['batch-size'] !== undefined) result.batchSize = wholeNumber('--batch-size', values['batch-size'], 1, 100_000);
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
