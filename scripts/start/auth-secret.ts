import { randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';

/**
 * AUTH_SECRET from the environment, or — for the zero-config demo — one made on first run and
 * kept in the git-ignored data folder so sign-ins survive restarts. Never committed.
 */
export function ensureAuthSecret(dataDir: string): { secret: string; source: 'env' | 'file' | 'created' } {
  const fromEnv = process.env.AUTH_SECRET?.trim();
  if (fromEnv) return { secret: fromEnv, source: 'env' };
  const file = path.join(dataDir, 'auth-secret');
  if (existsSync(file)) return { secret: readFileSync(file, 'utf8').trim(), source: 'file' };
  mkdirSync(dataDir, { recursive: true });
  const secret = randomBytes(32).toString('base64url');
  writeFileSync(file, `${secret}\n`, { mode: 0o600 });
  return { secret, source: 'created' };
}

/**
 * For CLIs that seal or open site secrets (scripts/site-secret.ts, scripts/identity-token.ts):
 * the same AUTH_SECRET as the server `npm start` runs, i.e. the environment's or data/auth-secret.
 */
export function adoptServerAuthSecret(dataDir: string): void {
  const file = path.join(dataDir, 'auth-secret');
  if (!process.env.AUTH_SECRET?.trim() && existsSync(file)) process.env.AUTH_SECRET = readFileSync(file, 'utf8').trim();
}
