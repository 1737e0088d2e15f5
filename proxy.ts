// Runs before pages. It tells pages their own path (for `callbackUrl`), gives each page view a
// CSP nonce (Next reads it from the request's Content-Security-Policy header and puts it on its
// scripts), and sends visitors with no session cookie on private pages straight to /login. That
// is a convenience only: the real check is requirePageUser() in each page, and route handlers
// check with requireUser()/requireRole().
import { NextResponse, type NextRequest } from 'next/server';
import { hasSessionCookie, PATH_HEADER } from './lib/auth/session-cookie';
import { newNonce, pageSecurityHeaders } from './lib/http/security-headers';

const PRIVATE = /^\/(dashboard|admin|children)(\/|$)|^\/(export|me)\/?$/;

export function proxy(request: NextRequest) {
  const url = request.nextUrl.clone();
  url.searchParams.delete('_rsc');
  const path = `${url.pathname}${url.search}`;
  const security = pageSecurityHeaders(newNonce(), { dev: process.env.NODE_ENV === 'development' });

  if (PRIVATE.test(url.pathname) && !hasSessionCookie(request.cookies.getAll().map((cookie) => cookie.name))) {
    const login = new URL('/login', request.url);
    login.searchParams.set('callbackUrl', path);
    return withHeaders(NextResponse.redirect(login), security);
  }

  // Overwrites any value the client sent, so pages can trust it.
  const headers = new Headers(request.headers);
  headers.set(PATH_HEADER, path);
  headers.set('Content-Security-Policy', security['Content-Security-Policy']);
  return withHeaders(NextResponse.next({ request: { headers } }), security);
}

function withHeaders(response: NextResponse, headers: Record<string, string>): NextResponse {
  for (const [name, value] of Object.entries(headers)) response.headers.set(name, value);
  return response;
}

export const config = {
  // Pages only: never the ingest API, health checks, the SDK, Next's assets or any file with an extension.
  matcher: ['/((?!api/|_next/|sdk\\.js|favicon\\.ico|.*\\.[A-Za-z0-9]+$).*)'],
};
