// Site look-ups on the ingest path. Every collect request needs its site, so answers are cached
// for a few seconds; settings changed in the admin UI take effect within that time.
import { db } from '@/lib/db';
import { domainList } from '@/lib/ingest/origin';
import { hashSecret } from './secret-hash';

export type SiteConfig = {
  id: string;
  key: string;
  domains: string[];
  respectDnt: boolean;
  requireConsent: boolean;
  captureText: boolean;
  captureMouse: boolean;
  trustBrowserLearningEvents: boolean;
  /** Server events and statements may be historical, back to the site's creation. */
  createdAt: Date;
  trustBrowserIdentity: boolean;
};

const TTL_MS = 10_000;
const cache = new Map<string, { at: number; site: SiteConfig | null }>();

const select = {
  id: true,
  key: true,
  domains: true,
  respectDnt: true,
  requireConsent: true,
  captureText: true,
  captureMouse: true,
  trustBrowserLearningEvents: true,
  createdAt: true,
  trustBrowserIdentity: true,
} as const;

type SiteRow = { [K in keyof typeof select]: K extends 'domains' ? unknown : SiteConfig[Exclude<K, 'domains'>] };

function toConfig(row: SiteRow | null): SiteConfig | null {
  return row ? { ...row, domains: domainList(row.domains) } : null;
}

async function cached(cacheKey: string, load: () => Promise<SiteRow | null>): Promise<SiteConfig | null> {
  const hit = cache.get(cacheKey);
  if (hit && Date.now() - hit.at < TTL_MS) return hit.site;
  const site = toConfig(await load());
  if (cache.size > 10_000) cache.clear();
  cache.set(cacheKey, { at: Date.now(), site });
  return site;
}

export function siteByKey(key: string): Promise<SiteConfig | null> {
  return cached(`key:${key}`, () => db.site.findUnique({ where: { key }, select }));
}

export function siteById(id: string): Promise<SiteConfig | null> {
  return cached(`id:${id}`, () => db.site.findUnique({ where: { id }, select }));
}

/**
 * The site whose server secret this is; only the hash is stored, so that is what we look up.
 * Never cached: a rotated secret must stop working at once, in every process and bundle (the
 * admin action's forgetCachedSites() only reaches its own module instance), and one indexed
 * look-up per server batch is cheap.
 */
export async function siteBySecret(secret: string): Promise<SiteConfig | null> {
  return toConfig(await db.site.findUnique({ where: { secretHash: hashSecret(secret) }, select }));
}

/** Call after changing a site so the next request sees it (tests, admin actions, rotation). */
export function forgetCachedSites(): void {
  cache.clear();
}
