// Test-only: runs a route handler inside a Next.js request scope carrying a real, signed
// next-auth session cookie, so `requireUser()`/`requireRole()` run unmodified. Route handlers can
// then be called directly from node:test, without a server, as the real request path would.
import './server-modules';
import { encode } from 'next-auth/jwt';
import type { WorkStore } from 'next/dist/server/app-render/work-async-storage.external';
import { authSecret } from '@/lib/auth/secret';
import type { Role } from '@/lib/auth/roles';

export type TestIdentity = { id: string; email: string; name: string; role: Role } | null;

/** The cookie header a signed-in browser would send for `identity`; empty for anonymous. */
export async function sessionCookieFor(identity: TestIdentity): Promise<string> {
  if (!identity) return '';
  const token = await encode({
    secret: authSecret(),
    token: { sub: identity.id, id: identity.id, email: identity.email, name: identity.name, role: identity.role },
  });
  return `next-auth.session-token=${token}`;
}

/** Calls `handler` as Next.js would for a GET to `url` from `identity` (null = anonymous). */
export async function asRequestFrom<T>(identity: TestIdentity, url: string, handler: (request: Request) => Promise<T>): Promise<T> {
  // Loaded here, after server-modules has installed the AsyncLocalStorage global they need.
  const { workAsyncStorage } = await import('next/dist/server/app-render/work-async-storage.external');
  const { workUnitAsyncStorage } = await import('next/dist/server/app-render/work-unit-async-storage.external');
  const { createRequestStoreForAPI } = await import('next/dist/server/async-storage/request-store');
  type Args = Parameters<typeof createRequestStoreForAPI>;

  const cookie = await sessionCookieFor(identity);
  const request = new Request(url, { headers: cookie ? { cookie } : {} });
  const parsed = new URL(url);
  const requestStore = createRequestStoreForAPI(
    { headers: Object.fromEntries(request.headers) } as unknown as Args[0],
    { pathname: parsed.pathname, search: parsed.search },
    { tags: [], expirationsByCacheKind: new Map() } as unknown as Args[2],
    undefined,
    undefined,
    undefined,
  );
  // Only the fields cookies()/headers() read on the request path; the rest of a WorkStore serves
  // rendering and caching, which route handlers under test do not use.
  const workStore = {
    route: parsed.pathname,
    page: parsed.pathname,
    forceStatic: false,
    dynamicShouldError: false,
  } as unknown as WorkStore;
  return workAsyncStorage.run(workStore, () => workUnitAsyncStorage.run(requestStore, () => handler(request)));
}
