// next-auth options: email + password against User.passwordHash, sessions as signed JWT cookies.
import 'server-only';
import type { NextAuthOptions } from 'next-auth';
import CredentialsProvider from 'next-auth/providers/credentials';
import { authSecret } from './auth/secret';
import { usesSecureCookies } from './http/public-url';
import { isRole, type Role } from './auth/roles';
import { loginClientAddress, verifyCredentials } from './auth/verify-credentials';

declare module 'next-auth' {
  interface User {
    role: Role;
  }
  interface Session {
    user: { id: string; email: string; name: string; role: Role };
  }
}

declare module 'next-auth/jwt' {
  interface JWT {
    id?: string;
    role?: Role;
  }
}

export const authOptions: NextAuthOptions = {
  providers: [
    CredentialsProvider({
      id: 'credentials',
      name: 'Email and password',
      credentials: {
        email: { label: 'Email', type: 'email' },
        password: { label: 'Password', type: 'password' },
      },
      // Throws SignInRefused with the message the form shows; never returns null.
      authorize: (credentials, request) => verifyCredentials(credentials, loginClientAddress(request.headers)),
    }),
  ],
  session: { strategy: 'jwt', maxAge: 7 * 24 * 60 * 60 },
  pages: { signIn: '/login', error: '/login' },
  // A getter, read per request: a missing secret in production fails requests with a readable
  // message instead of failing `next build`, which imports this module without one.
  get secret() {
    return authSecret();
  },
  get useSecureCookies() {
    return usesSecureCookies();
  },
  callbacks: {
    jwt({ token, user }) {
      if (user) {
        token.id = user.id;
        token.role = user.role;
      }
      return token;
    },
    session({ session, token }) {
      // Only the id matters downstream: lib/auth.ts re-reads the user from the database.
      if (token.id && isRole(token.role)) {
        session.user = { id: token.id, email: token.email ?? '', name: token.name ?? '', role: token.role };
      }
      return session;
    },
    // next-auth's default redirect callback is kept: it only allows this origin. The forms ignore
    // the URL it returns anyway and navigate to relative paths themselves.
  },
};
