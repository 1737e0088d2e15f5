// `npm run job -- export-s3 [destinationId…]`, and hourly inside the server: delivers every due
// destination (or the named ones, due or not) and reports what went where.
import type { Job } from '@/lib/jobs/types';
import { testTickMs } from '@/lib/jobs/test-mode';
import { deliverDestination } from './deliver';
import { dueDestinationIds, enabledDestinationIds } from './schedule';

// In the tick test mode every destination is due on every tick and events settle for 2 s instead of
// a minute, so a delivery across replicas can be watched while load arrives.
const TEST_SETTLE_MS = 2000;

export const exportS3Job: Job = {
  name: 'export-s3',
  description: 'Deliver new events to each due S3 export destination (exactly once, by watermark)',
  everyMs: 60 * 60_000,
  async run({ db, now, log, args }) {
    const testMode = testTickMs() !== undefined;
    const ids = args.length > 0 ? args : testMode ? await enabledDestinationIds(db) : await dueDestinationIds(db, now);
    let rows = 0;
    let objects = 0;
    const failed: string[] = [];
    for (const id of ids) {
      const report = await deliverDestination(db, id, { now, ...(testMode ? { settleMs: TEST_SETTLE_MS } : {}) });
      rows += report.rows;
      objects += report.objects.length;
      log(`${id}: ${report.rows} rows in ${report.objects.length} object(s)${report.error ? `, failed: ${report.error}` : ''}`);
      if (report.error) failed.push(id);
    }
    return { destinations: ids.length, objects, rows, failed: failed.length };
  },
};
