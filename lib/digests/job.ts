// `npm run job -- digests [--force]`, and hourly inside the server: once this week's scheduled
// moment (Admin → Notifications) has passed, sends every digest not sent yet this week.
import { readFlags } from '@/lib/cli/flags';
import type { Job } from '@/lib/jobs/types';
import { mailerFromEnv } from './mailer';
import { runDigests } from './run-digests';
import { publicOrigin } from '@/lib/http/public-url';

export const digestsJob: Job = {
  name: 'digests',
  description: 'Weekly instructor digests and parent summaries, once per recipient and week (--force: before the scheduled hour)',
  everyMs: 60 * 60_000,
  async run({ db, now, log, args }) {
    const { values } = readFlags(args, { force: { type: 'boolean' } });
    const mailer = mailerFromEnv();
    if (!mailer) log('PATHWISE_SMTP_URL is not set: digests are kept in the app (Admin → Notifications), not mailed');
    try {
      return await runDigests(db, { now, mailer, baseUrl: publicOrigin(), force: values.force === true, log });
    } finally {
      mailer?.close();
    }
  },
};
