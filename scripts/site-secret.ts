// Rotates a site's server secret (for POST /api/events) and prints the new one, once.
//   DATABASE_URL=… npx tsx scripts/site-secret.ts <siteKey>
// The previous secret stops working immediately. Only a SHA-256 of the secret is stored, so a
// lost secret cannot be shown again: run this again to get a new one.
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { db } from '../lib/db';
import { rotateSiteSecret } from '../lib/sites/secret';

export async function main(argv = process.argv.slice(2)): Promise<void> {
  const key = argv[0];
  if (!key || argv.length !== 1 || key.startsWith('-')) {
    throw new Error("usage: npx tsx scripts/site-secret.ts <siteKey>   (the key in the embed tag's data-site)");
  }
  try {
    const site = await db.site.findUnique({ where: { key }, select: { id: true, name: true } });
    if (!site) throw new Error(`no site has the key "${key}"`);
    const { secret, hint } = await rotateSiteSecret(site.id);
    console.log(`New server secret for "${site.name}" (${key}); it is shown only this once:\n\n  ${secret}\n`);
    console.log(`Stored: its SHA-256 and the hint ${hint}. The previous secret no longer works.`);
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
