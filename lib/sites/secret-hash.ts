// Kept apart from secret.ts so the ingest path can hash a presented secret without importing
// the rotation code (and its database writes).
import { createHash } from 'node:crypto';

export const SECRET_PREFIX = 'pw_sk_';

export function hashSecret(secret: string): string {
  return createHash('sha256').update(secret, 'utf8').digest('hex');
}

/** What the admin UI shows to tell secrets apart: the prefix and the last four characters. */
export function secretHint(secret: string): string {
  return `${SECRET_PREFIX}…${secret.slice(-4)}`;
}
