import 'server-only';
import { headers } from 'next/headers';
import { configuredPublicUrl } from './public-url';

/**
 * This server's origin as the browser sees it, for copy-paste snippets: PATHWISE_URL when the
 * operator set one (scripts/start.ts passes it on), else what the request's headers say.
 */
export async function publicOrigin(): Promise<string> {
  const configured = configuredPublicUrl({ PATHWISE_URL: process.env.PATHWISE_URL });
  if (configured) return configured;
  const incoming = await headers();
  const host = incoming.get('x-forwarded-host') ?? incoming.get('host') ?? 'localhost:3000';
  const proto = incoming.get('x-forwarded-proto')?.split(',')[0]?.trim() ?? 'http';
  return `${proto}://${host}`;
}

export const embedTag = (origin: string, siteKey: string) => `<script defer src="${origin}/sdk.js" data-site="${siteKey}"></script>`;
