// `npm run lrs -- create --site KEY [--label TEXT] [--home-page IRL]`: issues an LRS credential
// (HTTP Basic key and secret for /xapi) and prints both, the secret only this once.
// `npm run lrs -- list --site KEY`, `rotate --site KEY --id ID`, `revoke --site KEY --id ID`.
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { ArgsError, readFlags } from '../lib/cli/flags';
import { db } from '../lib/db';
import { createLrsCredential, listLrsCredentials, revokeLrsCredential, rotateLrsCredential } from '../lib/xapi/credentials';

const USAGE = 'Usage: npm run lrs -- create|list|rotate|revoke --site KEY [--id ID] [--label TEXT] [--home-page IRL]';

function printIssued(issued: { key: string; secret: string }) {
  console.log(`LRS endpoint: https://YOUR-PATHWISE/xapi/\n  key (user name):  ${issued.key}\n  secret (password): ${issued.secret}\n`);
  console.log('The secret is shown only this once; only its SHA-256 is stored.');
}

export async function main(argv = process.argv.slice(2)): Promise<void> {
  const [command, ...rest] = argv;
  const { values } = readFlags(
    rest,
    { site: { type: 'string' }, id: { type: 'string' }, label: { type: 'string' }, 'home-page': { type: 'string' } },
    { usage: USAGE },
  );
  if (!values.site) throw new ArgsError(`--site is required. ${USAGE}`);
  try {
    const site = await db.site.findUnique({ where: { key: values.site }, select: { id: true } });
    if (!site) throw new ArgsError(`No site has the key "${values.site}".`);
    if (command === 'create')
      return printIssued(await createLrsCredential(site.id, { label: values.label, homePage: values['home-page'], actorId: null }));
    if (command === 'list') {
      for (const c of await listLrsCredentials(site.id)) {
        console.log(`${c.id}  ${c.key}  ${c.hint}  ${c.label}${c.revokedAt ? `  revoked ${c.revokedAt.toISOString()}` : ''}`);
      }
      return;
    }
    if (!values.id) throw new ArgsError(`--id is required for ${command}. ${USAGE}`);
    if (command === 'rotate') return printIssued(await rotateLrsCredential(site.id, values.id, null));
    if (command === 'revoke') {
      await revokeLrsCredential(site.id, values.id, null);
      return console.log('Revoked; the credential no longer works.');
    }
    throw new ArgsError(USAGE);
  } finally {
    await db.$disconnect();
  }
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  main().catch((error: unknown) => {
    console.error(`lrs: ${error instanceof Error ? error.message : String(error)}`);
    process.exit(1);
  });
}
