// The public URL operators configure when Pathwise runs behind a proxy (PATHWISE_URL, or next-auth's
// NEXTAUTH_URL). next-auth marks its cookies Secure and builds redirects from it, so it must be the
// URL browsers use, https included. No server-only imports: scripts/start.ts reads it too.

export class PublicUrlError extends Error {
  override name = 'PublicUrlError';
}

/** The configured public origin (scheme, host, port), or null when none is set. */
export function configuredPublicUrl(env: Record<string, string | undefined> = process.env): string | null {
  const raw = env.PATHWISE_URL?.trim() || env.NEXTAUTH_URL?.trim();
  if (!raw) return null;
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    throw new PublicUrlError(
      `PATHWISE_URL is not a URL (${raw}). Fix: set it to the address browsers use, e.g. https://analytics.school.example.`,
    );
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:')
    throw new PublicUrlError(`PATHWISE_URL must start with https:// or http:// (${raw}).`);
  // Pathwise serves from the root of its host, so only the origin counts.
  return url.origin;
}

/** Where links in mail and jobs point when no request is at hand: the public URL, else the local default. */
export function publicOrigin(env: Record<string, string | undefined> = process.env): string {
  return configuredPublicUrl(env) ?? `http://localhost:${env.PORT?.trim() || '3000'}`;
}

/**
 * Whether session cookies are marked Secure: exactly when browsers reach Pathwise over https. Said
 * explicitly rather than left to next-auth's reading of NEXTAUTH_URL, so PATHWISE_URL alone is enough.
 */
export function usesSecureCookies(env: Record<string, string | undefined> = process.env): boolean {
  return configuredPublicUrl(env)?.startsWith('https://') ?? false;
}
