import 'server-only';
import { headers } from 'next/headers';

/** This server's origin as the browser sees it (behind a proxy too), for copy-paste snippets. */
export async function publicOrigin(): Promise<string> {
  const incoming = await headers();
  const host = incoming.get('x-forwarded-host') ?? incoming.get('host') ?? 'localhost:3000';
  const proto = incoming.get('x-forwarded-proto')?.split(',')[0]?.trim() ?? 'http';
  return `${proto}://${host}`;
}

export const embedTag = (origin: string, siteKey: string) => `<script defer src="${origin}/sdk.js" data-site="${siteKey}"></script>`;
