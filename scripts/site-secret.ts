// Rotates a site's secret (POST /api/events, identity tokens) and prints the new one, once.
//   DATABASE_URL=… npx tsx scripts/site-secret.ts <siteKey>
// The previous secret, and every identity token it signed, stops working immediately. Its SHA-256
// and a copy sealed under AUTH_SECRET (the environment's, or data/auth-secret as `npm start` uses)
// are stored; a lost secret cannot be shown again: run this again to get a new one.
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { db } from '../lib/db';
import { rotateSiteSecret } from '../lib/sites/secret';
import { adoptServerAuthSecret } from './start/auth-secret';

export async function main(argv = process.argv.slice(2)): Promise<void> {
  const key = argv[0];
  if (!key || argv.length !== 1 || key.startsWith('-')) {
    throw new Error("usage: npx tsx scripts/site-secret.ts <siteKey>   (the key in the embed tag's data-site)");
  }
  adoptServerAuthSecret(path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', 'data'));
  try {
    const site = await db.site.findUnique({ where: { key }, select: { id: true, name: true } });
    if (!site) throw new Error(`no site has the key "${key}"`);
    const { secret, hint } = await rotateSiteSecret(site.id);
    console.log(`New server secret for "${site.name}" (${key}); it is shown only this once:\n\n  ${secret}\n`);
    console.log(`Stored: its SHA-256, the hint ${hint} and a copy sealed under AUTH_SECRET. The previous secret no longer works.`);
    console.log(
      `Use: curl -X POST https://YOUR-PATHWISE/api/events -H "Authorization: Bearer ${secret}" -H "Content-Type: application/json" -d '{"site":"${key}","uid":"…","events":[…]}'`,
    );
  } finally {
    await db.$disconnect();
  }
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  main().catch((error: unknown) => {
    console.error(`site-secret: ${error instanceof Error ? error.message : String(error)}`);
    process.exit(1);
  });
}
