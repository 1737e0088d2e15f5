// Identity tokens, the convention chat and product-analytics SDKs use: the platform's server signs
// the user id and an expiry with the site secret, and the page hands both to identify().
//   token = "<exp>.<hex HMAC-SHA256(site secret, uid + "." + exp)>", exp in Unix seconds
// The expiry is the token's last digits-only field, so "<uid>.<exp>" cannot be read two ways.
import { createHmac, timingSafeEqual } from 'node:crypto';

export const DEFAULT_TOKEN_TTL_SECONDS = 24 * 3600;
const TOKEN = /^(\d{1,12})\.([0-9a-f]{64})$/;

function signature(secret: string, uid: string, exp: number): string {
  return createHmac('sha256', secret).update(`${uid}.${exp}`, 'utf8').digest('hex');
}

export function mintIdentityToken(secret: string, uid: string, options: { ttlSeconds?: number; now?: number } = {}): string {
  const exp = Math.floor((options.now ?? Date.now()) / 1000) + (options.ttlSeconds ?? DEFAULT_TOKEN_TTL_SECONDS);
  return `${exp}.${signature(secret, uid, exp)}`;
}

export type TokenCheck = 'valid' | 'expired' | 'invalid';

/** Constant-time comparison; an expired token is reported apart so the reason can be told. */
export function checkIdentityToken(secret: string, uid: string, token: string, now = Date.now()): TokenCheck {
  const match = TOKEN.exec(token);
  if (!match) return 'invalid';
  const exp = Number(match[1]);
  const expected = Buffer.from(signature(secret, uid, exp), 'hex');
  if (!timingSafeEqual(expected, Buffer.from(match[2]!, 'hex'))) return 'invalid';
  return exp * 1000 > now ? 'valid' : 'expired';
}
