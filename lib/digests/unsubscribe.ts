// One-click unsubscribe: a link signed with a key derived from AUTH_SECRET, so only Pathwise can
// make one and it names exactly one person. Used by the link in every mail and by the
// List-Unsubscribe header (RFC 8058 one-click POST). Plain Node.
import { createHmac, timingSafeEqual } from 'node:crypto';
import { authSecret } from '@/lib/auth/secret';

function signature(userId: string, env: NodeJS.ProcessEnv): string {
  const key = createHmac('sha256', authSecret(env)).update('pathwise.unsubscribe.v1').digest();
  return createHmac('sha256', key).update(userId).digest('base64url').slice(0, 32);
}

export function unsubscribeToken(userId: string, env: NodeJS.ProcessEnv = process.env): string {
  return `${Buffer.from(userId, 'utf8').toString('base64url')}.${signature(userId, env)}`;
}

/** The user id a token names, or null when it is malformed or not signed by us. */
export function verifyUnsubscribeToken(token: string, env: NodeJS.ProcessEnv = process.env): string | null {
  const match = /^([A-Za-z0-9_-]{1,128})\.([A-Za-z0-9_-]{32})$/.exec(token);
  if (!match) return null;
  const userId = Buffer.from(match[1]!, 'base64url').toString('utf8');
  const expected = Buffer.from(signature(userId, env));
  const given = Buffer.from(match[2]!);
  return expected.length === given.length && timingSafeEqual(expected, given) ? userId : null;
}

export function unsubscribeUrl(baseUrl: string, userId: string, env: NodeJS.ProcessEnv = process.env): string {
  return `${baseUrl}/api/unsubscribe?token=${unsubscribeToken(userId, env)}`;
}
