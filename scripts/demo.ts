// `npm run demo -- remove`: deletes the demo accounts and data (see scripts/seed/remove-demo.ts).
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { db } from '../lib/db';
import { ArgsError, readFlags } from '../lib/cli/flags';
import { removeDemo } from './seed/remove-demo';

const USAGE = 'Usage: npm run demo -- remove';

export async function main(argv = process.argv.slice(2)): Promise<number> {
  const { positionals } = readFlags(argv, {}, { positionals: true, usage: USAGE });
  if (positionals.length !== 1 || positionals[0] !== 'remove') throw new ArgsError(`The only command is "remove". ${USAGE}`);
  try {
    const removed = await removeDemo(db);
    console.log(`Removed the demo: ${removed.sites} sites (with their events), ${removed.users} accounts, ${removed.courses} courses.`);
    if (removed.usersLeft === 0) {
      console.log('No accounts are left: open /setup (token in the server log) or run npm run user -- create --role admin --email …');
    }
    return 0;
  } finally {
    await db.$disconnect();
  }
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  main().then(
    (code) => (process.exitCode = code),
    (error: unknown) => {
      console.error(
        `✖ ${error instanceof ArgsError ? error.message : error instanceof Error ? (error.stack ?? error.message) : String(error)}`,
      );
      process.exitCode = error instanceof ArgsError ? 2 : 1;
    },
  );
}
