// Destination secrets at rest: AES-256-GCM under a key derived (HKDF-SHA256) from AUTH_SECRET, so
// a copy of the database alone does not reveal anyone's bucket credentials. The access key id is
// bound in as associated data: a ciphertext moved onto another destination row fails to open.
// Rotating AUTH_SECRET makes stored secrets unreadable; the run then says to re-enter them.
import { createCipheriv, createDecipheriv, hkdfSync, randomBytes } from 'node:crypto';
import { authSecret } from '@/lib/auth/secret';

const VERSION = 'v1';
const INFO = 'pathwise export-destination secret v1';
const SALT = 'pathwise';

function key(secret: string): Buffer {
  return Buffer.from(hkdfSync('sha256', secret, SALT, INFO, 32));
}

export class SecretUnreadableError extends Error {
  override name = 'SecretUnreadableError';
}

export function sealSecret(plaintext: string, accessKeyId: string, secret: string = authSecret()): string {
  const iv = randomBytes(12);
  const cipher = createCipheriv('aes-256-gcm', key(secret), iv);
  cipher.setAAD(Buffer.from(accessKeyId, 'utf8'));
  const body = Buffer.concat([cipher.update(plaintext, 'utf8'), cipher.final()]);
  return [VERSION, iv.toString('base64url'), cipher.getAuthTag().toString('base64url'), body.toString('base64url')].join('.');
}

export function openSecret(sealed: string, accessKeyId: string, secret: string = authSecret()): string {
  const [version, iv, tag, body] = sealed.split('.');
  if (version !== VERSION || !iv || !tag || body === undefined)
    throw new SecretUnreadableError('The stored secret is not in a format this version understands. Enter it again.');
  try {
    const decipher = createDecipheriv('aes-256-gcm', key(secret), Buffer.from(iv, 'base64url'));
    decipher.setAAD(Buffer.from(accessKeyId, 'utf8'));
    decipher.setAuthTag(Buffer.from(tag, 'base64url'));
    return Buffer.concat([decipher.update(Buffer.from(body, 'base64url')), decipher.final()]).toString('utf8');
  } catch {
    throw new SecretUnreadableError('The stored secret cannot be decrypted (was AUTH_SECRET changed?). Enter the secret access key again.');
  }
}
