// Where to go after signing in. Only same-origin relative paths are accepted, so a crafted
// link (`/login?callbackUrl=https://evil.example`) cannot bounce a user to another site.

const BASE = 'http://pathwise.invalid';
// Going back to these after sign-in makes no sense (loops, or JSON instead of a page).
const NOT_DESTINATIONS = [/^\/login(\/|$)/, /^\/api(\/|$)/];

/** The safe path to return to, or null when `raw` is missing or not a local page path. */
export function safeCallbackPath(raw: string | string[] | null | undefined): string | null {
  const value = Array.isArray(raw) ? raw[0] : raw;
  if (!value || value.length > 2048) return null;
  // Protocol-relative (`//host`), backslash tricks (`/\host`) and control characters are all
  // ways browsers may read a "path" as another origin.
  if (!value.startsWith('/') || value.startsWith('//') || /[\\\u0000-\u001f\u007f]/.test(value)) return null;
  let url: URL;
  try {
    url = new URL(value, BASE);
  } catch {
    return null;
  }
  if (url.origin !== BASE) return null;
  url.searchParams.delete('_rsc');
  const path = `${url.pathname}${url.search}${url.hash}`;
  return NOT_DESTINATIONS.some((pattern) => pattern.test(url.pathname)) ? null : path;
}

/** `/login?callbackUrl=…` for the given page path (or plain `/login`). */
export function loginPathFor(returnTo: string | null | undefined): string {
  const safe = safeCallbackPath(returnTo);
  return safe && safe !== '/' ? `/login?callbackUrl=${encodeURIComponent(safe)}` : '/login';
}
