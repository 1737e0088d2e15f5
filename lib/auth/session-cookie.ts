// Names shared by proxy.ts and lib/auth.ts. No server-only imports: proxy.ts bundles this.

/** Request header proxy.ts sets to the page's path + query, so pages can build `callbackUrl`. */
export const PATH_HEADER = 'x-pathwise-path';

// next-auth v4's JWT cookie: `__Secure-` prefixed over https, and split into `.0`, `.1`, … when large.
const SESSION_COOKIE = /^(__Secure-)?next-auth\.session-token(\.\d+)?$/;

/** Whether any next-auth session cookie is present; says nothing about whether it is valid. */
export function hasSessionCookie(names: Iterable<string>): boolean {
  for (const name of names) if (SESSION_COOKIE.test(name)) return true;
  return false;
}
