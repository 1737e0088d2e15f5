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
