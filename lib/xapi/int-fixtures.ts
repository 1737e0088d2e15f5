// Shared set-up for the LRS integration tests: a throwaway site with an LRS credential, and
// requests shaped like an xAPI client's. Not a test file itself.
import { randomUUID } from 'node:crypto';
import { db } from '@/lib/db';
import { createSite } from '@/lib/ingest/int-fixtures';
import { createLrsCredential } from './credentials';
import { backfillsIdle } from '@/lib/risk/backfill-request';
import { mappingIdle } from './hooks';

export type Lrs = { siteId: string; siteKey: string; auth: string; key: string; credentialId: string };

export async function createLrs(homePage = 'https://lms.example.edu'): Promise<Lrs> {
  const site = await createSite();
  const issued = await createLrsCredential(site.id, { label: 'it', homePage });
  return {
    siteId: site.id,
    siteKey: site.key,
    auth: `Basic ${Buffer.from(`${issued.key}:${issued.secret}`).toString('base64')}`,
    key: issued.key,
    credentialId: issued.id,
  };
}

/** The site's statements, documents and attachments go with it (foreign keys, ON DELETE CASCADE). */
export async function dropLrs(lrs: Lrs): Promise<void> {
  // Mapping (and the risk backfill it may ask for) runs in the background after each POST: wait
  // for it, so the delete does not race it.
  await mappingIdle();
  await backfillsIdle();
  await db.site.delete({ where: { id: lrs.siteId } });
}

type Options = {
  method?: string;
  body?: unknown;
  headers?: Record<string, string>;
  version?: string | null;
  auth?: string | null;
  raw?: string;
};

export function xapiRequest(lrs: Lrs, path: string, options: Options = {}): Request {
  const headers: Record<string, string> = { ...options.headers };
  const version = options.version === undefined ? '1.0.3' : options.version;
  if (version !== null) headers['X-Experience-API-Version'] = version;
  const auth = options.auth === undefined ? lrs.auth : options.auth;
  if (auth !== null) headers.authorization = auth;
  let body: string | undefined = options.raw;
  if (options.body !== undefined) {
    body = JSON.stringify(options.body);
    headers['content-type'] ??= 'application/json';
  }
  return new Request(`http://pathwise.test/xapi/${path}`, { method: options.method ?? 'GET', headers, body });
}

export const agent = (name: string) => ({ objectType: 'Agent', name, mbox: `mailto:${name}@example.edu` });
export const VERBS = {
  completed: 'http://adlnet.gov/expapi/verbs/completed',
  attempted: 'http://adlnet.gov/expapi/verbs/attempted',
  voided: 'http://adlnet.gov/expapi/verbs/voided',
};

export function statement(overrides: Record<string, unknown> = {}) {
  return {
    id: randomUUID(),
    actor: agent('ada'),
    verb: { id: VERBS.completed, display: { 'en-US': 'completed' } },
    object: { objectType: 'Activity', id: 'https://lms.example.edu/course/1', definition: { name: { 'en-US': 'Algebra' } } },
    ...overrides,
  };
}
