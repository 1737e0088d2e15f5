import 'server-only';
import bcrypt from 'bcryptjs';
import { z } from 'zod';
import { db } from '@/lib/db';
import { clientIp } from '@/lib/ingest/ip';
import { lockedMessage, loginKey, loginRateLimiter } from './login-rate-limit';
import { INVALID_CREDENTIALS, SIGN_IN_UNAVAILABLE } from './messages';
import type { SessionUser } from './roles';

/** Thrown to next-auth; its message reaches the sign-in form as-is. */
export class SignInRefused extends Error {
  override name = 'SignInRefused';
}

const credentialsSchema = z.object({
  email: z.string().trim().toLowerCase().min(3).max(254),
  password: z.string().min(1).max(512),
});

// Compared against when the email is unknown, so both cases take as long as a real bcrypt check.
let dummyHash: Promise<string> | undefined;

export async function verifyCredentials(input: unknown, ip: string): Promise<SessionUser> {
  const parsed = credentialsSchema.safeParse(input);
  if (!parsed.success) throw new SignInRefused(INVALID_CREDENTIALS);
  const { email, password } = parsed.data;
  const key = loginKey(email, ip);
  const limit = loginRateLimiter.check(key);
  if (limit.locked) throw new SignInRefused(lockedMessage(limit.minutes));

  let user: { id: string; email: string; name: string; role: SessionUser['role']; passwordHash: string | null } | null;
  try {
    user = await db.user.findUnique({ where: { email }, select: { id: true, email: true, name: true, role: true, passwordHash: true } });
  } catch (error) {
    console.error('[pathwise] sign-in lookup failed', error);
    throw new SignInRefused(SIGN_IN_UNAVAILABLE);
  }
  dummyHash ??= bcrypt.hash(crypto.randomUUID(), 10);
  const ok = await bcrypt.compare(password, user?.passwordHash ?? (await dummyHash));
  if (!user?.passwordHash || !ok) {
    const after = loginRateLimiter.recordFailure(key);
    throw new SignInRefused(after.locked ? lockedMessage(after.minutes) : INVALID_CREDENTIALS);
  }
  loginRateLimiter.recordSuccess(key);
  await db.user.update({ where: { id: user.id }, data: { lastLoginAt: new Date() } });
  return { id: user.id, email: user.email, name: user.name, role: user.role };
}

/**
 * The client address for rate limiting, read the same way as on the ingest path: the right-most
 * X-Forwarded-For hop (minus PATHWISE_PROXY_HOPS), which a client cannot forge to dodge the limit.
 */
export function loginClientIp(headers: Record<string, unknown> | undefined): string {
  const entries = Object.entries(headers ?? {}).filter((entry): entry is [string, string] => typeof entry[1] === 'string');
  return clientIp(new Headers(entries)) ?? 'unknown';
}
