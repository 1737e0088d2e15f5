// The site secret signs identity tokens (lib/ingest/identity-token.ts), so unlike the server
// bearer check, which needs only its hash, the server must be able to read it. It is kept sealed:
// AES-256-GCM under a key derived (HKDF-SHA256) from AUTH_SECRET, with the site id as associated
// data so a sealed copy moved onto another site does not open. A database copy alone reveals no
// secret; changing AUTH_SECRET makes tokens unverifiable until the secret is rotated.
import { createCipheriv, createDecipheriv, hkdfSync, randomBytes } from 'node:crypto';
import { authSecret } from '@/lib/auth/secret';

const VERSION = 'v1';
const INFO = 'pathwise site identity-signing secret v1';
const keys = new Map<string, Buffer>();

function key(secret: string): Buffer {
  let derived = keys.get(secret);
  if (!derived) keys.set(secret, (derived = Buffer.from(hkdfSync('sha256', secret, 'pathwise', INFO, 32))));
  return derived;
}

export function sealSiteSecret(plaintext: string, siteId: string, secret: string = authSecret()): string {
  const iv = randomBytes(12);
  const cipher = createCipheriv('aes-256-gcm', key(secret), iv);
  cipher.setAAD(Buffer.from(siteId, 'utf8'));
  const body = Buffer.concat([cipher.update(plaintext, 'utf8'), cipher.final()]);
  return [VERSION, iv.toString('base64url'), cipher.getAuthTag().toString('base64url'), body.toString('base64url')].join('.');
}

/** The secret, or null when it cannot be opened (another AUTH_SECRET, another site, tampered). */
export function openSiteSecret(sealed: string, siteId: string, secret: string = authSecret()): string | null {
  const [version, iv, tag, body] = sealed.split('.');
  if (version !== VERSION || !iv || !tag || body === undefined) return null;
  try {
    const decipher = createDecipheriv('aes-256-gcm', key(secret), Buffer.from(iv, 'base64url'));
    decipher.setAAD(Buffer.from(siteId, 'utf8'));
    decipher.setAuthTag(Buffer.from(tag, 'base64url'));
    return Buffer.concat([decipher.update(Buffer.from(body, 'base64url')), decipher.final()]).toString('utf8');
  } catch {
    return null;
  }
}
