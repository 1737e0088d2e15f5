// Shared set-up for the ingest integration tests: throwaway sites/users with unique keys and
// requests shaped like the SDK's. Not a test file itself.
import { randomBytes } from 'node:crypto';
import { db } from '@/lib/db';
import { forgetCachedSites } from '@/lib/sites/lookup';

export const CHROME_UA = 'Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/126.0.0.0 Safari/537.36';

export const unique = (prefix: string) => `${prefix}-${randomBytes(6).toString('hex')}`;
export const randomId = () => randomBytes(12).toString('base64url');

export type SiteOptions = Partial<{
  respectDnt: boolean;
  captureText: boolean;
  captureMouse: boolean;
  trustBrowserLearningEvents: boolean;
  trustBrowserIdentity: boolean;
  domains: string[];
}>;

export async function createSite(options: SiteOptions = {}) {
  const { domains = ['school.test', 'localhost', '127.0.0.1'], ...flags } = options;
  const site = await db.site.create({ data: { key: unique('it-site'), name: 'Integration test site', domains, ...flags } });
  forgetCachedSites();
  return site;
}

export async function createUser() {
  const tag = unique('it-user');
  return db.user.create({ data: { email: `${tag}@pathwise.test`, name: 'Test Learner', role: 'STUDENT', externalId: `ext-${tag}` } });
}

export async function cleanup(siteIds: string[], userIds: string[]) {
  await db.site.deleteMany({ where: { id: { in: siteIds } } });
  await db.user.deleteMany({ where: { id: { in: userIds } } });
  forgetCachedSites();
}

export const eventCount = (siteId?: string) => db.event.count({ where: siteId ? { siteId } : {} });

type RequestOptions = { ip?: string; origin?: string | null; ua?: string; headers?: Record<string, string> };

export function collectRequest(body: unknown, options: RequestOptions = {}): Request {
  const headers = new Headers({
    'content-type': 'text/plain;charset=UTF-8',
    'user-agent': options.ua ?? CHROME_UA,
    'x-pathwise-socket-address': options.ip ?? `198.51.100.${1 + Math.floor(Math.random() * 250)}`,
    ...options.headers,
  });
  if (options.origin !== null) headers.set('origin', options.origin ?? 'https://school.test');
  return new Request('http://pathwise.test/api/collect', {
    method: 'POST',
    headers,
    body: typeof body === 'string' ? body : JSON.stringify(body),
  });
}

export function batchFor(siteKey: string, events: Record<string, unknown>[], extra: Record<string, unknown> = {}) {
  return { site: siteKey, anon: randomId(), sid: randomId(), sent: Date.now(), lang: 'en-GB', screen: '1440x900', events, ...extra };
}
