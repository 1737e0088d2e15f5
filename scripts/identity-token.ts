// Mints an identity token for pathwise.identify(uid, token), as a platform's server would:
//   npx tsx scripts/identity-token.ts <siteKey> <uid> [--ttl 24h] [--secret pw_sk_…]
// The signing key is the site secret: from --secret, else PATHWISE_SITE_SECRET, else the copy
// Pathwise keeps sealed in the database (this then needs the server's DATABASE_URL and AUTH_SECRET,
// or the data/auth-secret file `npm start` created). Rotating the secret retires every token.
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { ArgsError, readFlags } from '../lib/cli/flags';
import { DEFAULT_TOKEN_TTL_SECONDS, mintIdentityToken } from '../lib/ingest/identity-token';
import { adoptServerAuthSecret } from './start/auth-secret';

const USAGE = 'usage: npx tsx scripts/identity-token.ts <siteKey> <uid> [--ttl 24h] [--secret pw_sk_…]';
const UNITS: Record<string, number> = { s: 1, m: 60, h: 3600, d: 86_400 };

/** "900", "15m", "24h", "7d" → seconds; at most a year, because a token cannot be revoked early. */
export function ttlSeconds(text: string | undefined): number {
  if (text === undefined) return DEFAULT_TOKEN_TTL_SECONDS;
  const match = /^(\d{1,9})([smhd]?)$/.exec(text.trim());
  const seconds = match ? Number(match[1]) * UNITS[match[2] || 's']! : NaN;
  if (!(seconds >= 1 && seconds <= 365 * 86_400))
    throw new ArgsError(`Option --ttl must be a duration between 1s and 365d such as 900, 15m, 24h or 7d, got "${text}". ${USAGE}`);
  return seconds;
}

async function sealedSecret(siteKey: string): Promise<string> {
  adoptServerAuthSecret(path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', 'data'));
  const [{ db }, { openSiteSecret }] = await Promise.all([import('../lib/db'), import('../lib/sites/secret-seal')]);
  try {
    const site = await db.site.findUnique({ where: { key: siteKey }, select: { id: true, secretSealed: true } });
    if (!site) throw new ArgsError(`No site has the key "${siteKey}".`);
    if (!site.secretSealed)
      throw new ArgsError(
        `Site "${siteKey}" has no secret that can sign tokens yet: rotate it in Admin → Sites (or scripts/site-secret.ts).`,
      );
    const secret = openSiteSecret(site.secretSealed, site.id);
    if (!secret)
      throw new ArgsError(`The stored secret of "${siteKey}" does not open with this AUTH_SECRET; run with the server's AUTH_SECRET.`);
    return secret;
  } finally {
    await db.$disconnect();
  }
}

export async function main(argv = process.argv.slice(2)): Promise<string> {
  const { values, positionals } = readFlags(
    argv,
    { ttl: { type: 'string' }, secret: { type: 'string' } },
    { positionals: true, usage: USAGE },
  );
  const [siteKey, uid] = positionals;
  if (!siteKey || !uid || positionals.length !== 2) throw new ArgsError(USAGE);
  const ttl = ttlSeconds(values.ttl);
  const secret = values.secret ?? process.env.PATHWISE_SITE_SECRET ?? (await sealedSecret(siteKey));
  return mintIdentityToken(secret, uid, { ttlSeconds: ttl });
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  main()
    .then((token) => console.log(token))
    .catch((error: unknown) => {
      console.error(`identity-token: ${error instanceof Error ? error.message : String(error)}`);
      process.exit(1);
    });
}
