// A family of the test's own: a parent and children who are students in the demo instructor's
// course (./create-family.ts, run in the e2e server's database).
import { execFileSync } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const databaseFile = path.join(root, 'data', 'e2e', 'pathwise-e2e.db');

type Account = { id: string; email: string; name: string };
export type Family = {
  password: string;
  parent: Account;
  children: Array<Account & { externalId: string }>;
  course: { id: string; title: string };
};

/** Creates the family; every child's account is `days` days old. Names end with a unique tag. */
export function createFamily(children: string[], days: number): Family {
  const tag = Date.now().toString(36);
  const password = `family password ${tag}`;
  const output = execFileSync(
    process.execPath,
    ['--import', 'tsx', 'e2e/support/create-family.ts', JSON.stringify({ tag, password, days, children })],
    { cwd: root, env: { ...process.env, DATABASE_URL: `file:${databaseFile}` }, encoding: 'utf8' },
  );
  return { password, ...(JSON.parse(output.trim().split('\n').pop() ?? '{}') as Omit<Family, 'password'>) };
}
