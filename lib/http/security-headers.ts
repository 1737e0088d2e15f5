// The security headers of the app's own pages. No server-only imports: proxy.ts bundles this.
// Scripts run only with the per-request nonce ('strict-dynamic' lets Next's loader add its
// chunks); styles allow inline because React style props and ECharts' tooltips set them.

/** Headers every answer carries, the SDK and the collect endpoints included (next.config.mjs). */
export const BASE_HEADERS = {
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'strict-origin-when-cross-origin',
} as const;

export function contentSecurityPolicy(nonce: string, { dev = false } = {}): string {
  return [
    "default-src 'self'",
    // React's dev build evaluates code for its error overlay and stack traces; production never does.
    `script-src 'self' 'nonce-${nonce}' 'strict-dynamic'${dev ? " 'unsafe-eval'" : ''}`,
    "style-src 'self' 'unsafe-inline'",
    // ECharts draws on canvas; "download as image" turns it into a data: URL.
    "img-src 'self' data: blob:",
    "font-src 'self' data:",
    "connect-src 'self'",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    "frame-ancestors 'none'",
  ].join('; ');
}

/** Headers for an app page (never the SDK or the collect endpoints, which other sites embed or call). */
export function pageSecurityHeaders(nonce: string, options: { dev?: boolean } = {}) {
  return {
    ...BASE_HEADERS,
    'Content-Security-Policy': contentSecurityPolicy(nonce, options),
    'X-Frame-Options': 'DENY',
  } as const satisfies Record<string, string>;
}

/** A fresh nonce per page view: 128 random bits, base64. Web Crypto, so it runs in the proxy too. */
export function newNonce(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  return btoa(String.fromCharCode(...bytes));
}
