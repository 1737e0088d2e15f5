import { randomBytes } from 'node:crypto';
import { createDb } from '../../lib/db';
import type { DatabaseTarget } from '../../lib/database-url';

/**
 * On an instance with no account, prints where to create the first admin and the token /setup
 * asks for, and returns that token for the server process (PATHWISE_SETUP_TOKEN when set).
 */
export async function setupNotice(target: DatabaseTarget, publicUrl: string): Promise<string | null> {
  const db = createDb(target);
  try {
    if ((await db.user.count()) > 0) return null;
  } finally {
    await db.$disconnect();
  }
  const token = process.env.PATHWISE_SETUP_TOKEN?.trim() || randomBytes(18).toString('base64url');
  console.log(`▶ no accounts yet: open ${publicUrl}/setup and enter the setup token ${token}`);
  console.log('  (or run: npm run user -- create --role admin --email you@school.example)');
  return token;
}
