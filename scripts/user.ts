// `npm run user -- create --role admin --email you@school.example [--name "…"] [--password …]`
// Creates a sign-in account from a shell, e.g. the first admin of an instance started without the
// demo. Without --password it asks for one (hidden on a terminal, one line from a pipe), so the
// password need not land in the shell history.
import path from 'node:path';
import { createInterface } from 'node:readline';
import { fileURLToPath } from 'node:url';
import { ZodError } from 'zod';
import { db } from '../lib/db';
import { AccountError, createAccount } from '../lib/accounts/create-account';
import { isRole } from '../lib/auth/roles';
import { ArgsError, readFlags } from '../lib/cli/flags';
import { describeZodError } from '../lib/http/errors';

const USAGE = 'Usage: npm run user -- create --role admin|instructor|parent|student --email ADDRESS [--name NAME] [--password PASSWORD]';
const SPEC = { role: { type: 'string' }, email: { type: 'string' }, name: { type: 'string' }, password: { type: 'string' } } as const;

export function parseUserArgs(argv: readonly string[]) {
  const { values, positionals } = readFlags(argv, SPEC, { positionals: true, usage: USAGE });
  if (positionals.length !== 1 || positionals[0] !== 'create') throw new ArgsError(`The only command is "create". ${USAGE}`);
  const role = values.role?.toUpperCase();
  if (!isRole(role)) throw new ArgsError(`--role must be admin, instructor, parent or student. ${USAGE}`);
  if (!values.email) throw new ArgsError(`--email is required. ${USAGE}`);
  return { role, email: values.email, name: values.name ?? values.email.split('@')[0] ?? values.email, password: values.password };
}

async function askPassword(): Promise<string> {
  const rl = createInterface({ input: process.stdin, output: process.stdout, terminal: process.stdin.isTTY });
  if (process.stdin.isTTY) {
    process.stdout.write('Password (at least 12 characters, not shown): ');
    // Swallow the echo of each typed character.
    (rl as unknown as { _writeToOutput: (s: string) => void })._writeToOutput = () => undefined;
  }
  const line = await new Promise<string>((resolve) => rl.once('line', resolve).once('close', () => resolve('')));
  rl.close();
  if (process.stdin.isTTY) process.stdout.write('\n');
  return line;
}

export async function main(argv = process.argv.slice(2)): Promise<number> {
  const args = parseUserArgs(argv);
  const password = args.password ?? (await askPassword());
  try {
    const user = await createAccount(db, { ...args, password });
    console.log(`Created ${user.role.toLowerCase()} ${user.email}. Sign in at /login.`);
    return 0;
  } finally {
    await db.$disconnect();
  }
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  main().then(
    (code) => (process.exitCode = code),
    (error: unknown) => {
      const known = error instanceof ArgsError || error instanceof AccountError;
      const message =
        error instanceof ZodError
          ? describeZodError(error)
          : known
            ? error.message
            : error instanceof Error
              ? (error.stack ?? error.message)
              : String(error);
      console.error(`✖ ${message}`);
      process.exitCode = error instanceof ArgsError ? 2 : 1;
    },
  );
}
