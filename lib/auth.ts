// The one auth helper. Pages call requirePageUser(); route handlers and server actions call
// requireUser()/requireRole(). The session cookie only names the user: who they are and what
// role they have is re-read from the database, so deleting or demoting someone takes effect at once.
import 'server-only';
import { cache } from 'react';
import { cookies, headers } from 'next/headers';
import { forbidden, redirect } from 'next/navigation';
import { getServerSession } from 'next-auth';
import { db } from '@/lib/db';
import { HttpError } from '@/lib/http/errors';
import { authOptions } from './auth.config';
import { loginPathFor } from './auth/callback-url';
import { authSecret } from './auth/secret';
import { hasSessionCookie, PATH_HEADER } from './auth/session-cookie';
import type { Role, SessionUser } from './auth/roles';
import { getChildren } from './queries/children';

export type { Role, SessionUser } from './auth/roles';

export const getCurrentUser = cache(async (): Promise<SessionUser | null> => {
  // Reading cookies first also marks the caller as dynamic, so `next build` never needs the secret.
  const cookieStore = await cookies();
  // Checked on every request, signed in or not: a production server without a secret should
  // fail loudly at once, not on the first sign-in.
  authSecret();
  if (!hasSessionCookie(cookieStore.getAll().map((cookie) => cookie.name))) return null;
  const session = await getServerSession(authOptions);
  const id = session?.user?.id;
  if (!id) return null;
  return db.user.findUnique({ where: { id }, select: { id: true, email: true, name: true, role: true } });
});

/** For route handlers and server actions: the signed-in user, or a 401 HttpError. */
export async function requireUser(): Promise<SessionUser> {
  const user = await getCurrentUser();
  if (!user) throw new HttpError('unauthenticated', 'Sign in to continue.');
  return user;
}

/** For route handlers and server actions: a user with one of `roles`, or a 401/403 HttpError. */
export async function requireRole(...roles: Role[]): Promise<SessionUser> {
  const user = await requireUser();
  if (!roles.includes(user.role)) throw new HttpError('forbidden', 'Your account does not have access to this.');
  return user;
}

/**
 * For pages: anonymous visitors go to /login (and come back afterwards); signed-in users whose
 * role is not in `roles` get the 403 page. No roles means any signed-in user.
 */
export async function requirePageUser(...roles: Role[]): Promise<SessionUser> {
  const user = await getCurrentUser();
  if (!user) redirect(loginPathFor((await headers()).get(PATH_HEADER)));
  if (roles.length > 0 && !roles.includes(user.role)) forbidden();
  return user;
}

/** Where a user lands after signing in. */
export async function homePathFor(user: SessionUser): Promise<string> {
  switch (user.role) {
    case 'ADMIN':
    case 'INSTRUCTOR':
      return '/dashboard';
    case 'STUDENT':
      return '/me';
    case 'PARENT': {
      const [first] = await getChildren(user);
      return first ? `/children/${first.id}` : '/children';
    }
  }
}
