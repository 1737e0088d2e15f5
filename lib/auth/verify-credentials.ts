import 'server-only';
import bcrypt from 'bcryptjs';
import { z } from 'zod';
import { db } from '@/lib/db';
import { clientAddress } from '@/lib/http/client-address';
import { lockedMessage, loginLockState, type LoginLimitState, recordLoginFailure, recordLoginSuccess } from './login-rate-limit';
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

export async function verifyCredentials(input: unknown, address: string | null): Promise<SessionUser> {
  const parsed = credentialsSchema.safeParse(input);
  if (!parsed.success) throw new SignInRefused(INVALID_CREDENTIALS);
  const { email, password } = parsed.data;
  const limit = await limitState(() => loginLockState(email, address));
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
    const after = await limitState(() => recordLoginFailure(email, address));
    throw new SignInRefused(after.locked ? lockedMessage(after.minutes) : INVALID_CREDENTIALS);
  }
  await recordLoginSuccess(email).catch((error: unknown) => console.error('[pathwise] login limit store failed', error));
  await db.user.update({ where: { id: user.id }, data: { lastLoginAt: new Date() } });
  return { id: user.id, email: user.email, name: user.name, role: user.role };
}

/**
 * The limit store failing must not let guesses through unnoticed, nor lock everyone out: the
 * limiters already fall back to process memory (insurance), so this only catches what is left.
 */
async function limitState(read: () => Promise<LoginLimitState>): Promise<LoginLimitState> {
  try {
    return await read();
  } catch (error) {
    console.error('[pathwise] login limit store failed', error);
    throw new SignInRefused(SIGN_IN_UNAVAILABLE);
  }
}

/** The trusted client address of a sign-in (lib/http/client-address.ts): the socket's unless proxy hops are set. */
export function loginClientAddress(headers: Record<string, unknown> | undefined): string | null {
  return clientAddress(headers);
}
