// The ingest entry points the routes call: check the site and the sender, drop what must not be
// stored (bots, DNT/GPC), enrich, then wait for the group commit.
import { createHash, createHmac } from 'node:crypto';
import { HttpError } from '@/lib/http/errors';
import type { CollectBatch } from '@/lib/schemas/collect';
import { siteByKey, type SiteConfig } from '@/lib/sites/lookup';
import { prepareBatch, type Identity, type RequestContext } from './enrich';
import { clientAddress, type HeaderReader } from '@/lib/http/client-address';
import { anonymizeIp } from './ip';
import { originAllowed, requestOrigin } from './origin';
import { enqueue } from './queue';
import { currentCollectLimiter, takeToken } from './rate-limit';
import { isBotAgent } from './ua';
import { browserIdentity } from './identity';
import { userIdForExternalId } from './users';

export type IngestResult = { stored: number; dropped?: 'bot' | 'dnt'; userResolved?: boolean };
type BrowserBatch = CollectBatch & { anon: string; sid: string };

/** Rate limiting comes first and is cheap, so a flood costs no parsing or database work. */
export function limitCollectRate(headers: HeaderReader): Promise<void> {
  return takeToken(currentCollectLimiter(), anonymizeIp(clientAddress(headers)) ?? 'unknown');
}

async function browserSite(key: string, headers: HeaderReader): Promise<SiteConfig> {
  const site = await siteByKey(key);
  if (!site) throw new HttpError('unknown_site', `No site has the key "${key}". Check the data-site attribute.`);
  const origin = requestOrigin(headers);
  if (!originAllowed(origin, site.domains)) {
    const from = origin ? `${origin.host}${origin.port ? `:${origin.port}` : ''}` : 'a request without Origin or Referer';
    throw new HttpError('origin_not_allowed', `Events from ${from} are not allowed for site "${key}"; add the host to the site's domains.`);
  }
  return site;
}

/** DNT and GPC arrive as request headers too, so a stale or modified SDK cannot bypass them. */
function optedOut(headers: HeaderReader, flagged: boolean | undefined): boolean {
  return !!flagged || headers.get('dnt') === '1' || headers.get('sec-gpc') === '1';
}

function browserContext(headers: HeaderReader, source: RequestContext['source'], now: number): RequestContext {
  return { source, userAgent: headers.get('user-agent'), ip: anonymizeIp(clientAddress(headers)), now };
}

export async function ingestBrowserBatch(batch: BrowserBatch, headers: HeaderReader, now = Date.now()): Promise<IngestResult> {
  const site = await browserSite(batch.site, headers);
  if (isBotAgent(headers.get('user-agent'))) return { stored: 0, dropped: 'bot' };
  if (site.respectDnt && optedOut(headers, batch.dnt)) return { stored: 0, dropped: 'dnt' };
  const identity: Identity = { anonId: batch.anon, clientId: batch.sid, ...(await browserIdentity(batch, site, now)) };
  return { stored: await enqueue(prepareBatch(batch, site, browserContext(headers, 'BROWSER', now), identity)) };
}

/**
 * Server events need no browser ids; stable ones are derived so they still form visitors and
 * sessions. Their uid is verified by definition: only the site's own servers hold the secret.
 */
export async function ingestServerBatch(
  batch: CollectBatch,
  site: SiteConfig,
  headers: HeaderReader,
  now = Date.now(),
): Promise<IngestResult> {
  if (batch.site !== site.key) throw new HttpError('site_mismatch', `This secret belongs to site "${site.key}", not "${batch.site}".`);
  const userId = await userIdForExternalId(batch.uid);
  const anonId = batch.anon ?? (batch.uid ? `user-${createHash('sha256').update(batch.uid).digest('base64url').slice(0, 22)}` : 'server');
  const identity: Identity = { anonId, clientId: batch.sid ?? `srv-${anonId}`, userId, identity: batch.uid ? 'verified' : null };
  const context: RequestContext = {
    source: 'SERVER',
    userAgent: headers.get('user-agent'),
    ip: null,
    now,
    earliest: site.createdAt.getTime(),
  };
  const stored = await enqueue(prepareBatch(batch, site, context, identity));
  return { stored, userResolved: batch.uid ? userId !== null : undefined };
}

/**
 * The no-JavaScript pixel has no storage, so its visitor id is a keyed hash of the day, the site,
 * the already-anonymised network and the user agent: it groups one day's views and cannot be
 * followed to the next day or back to an address.
 */
function pixelVisitorId(site: SiteConfig, headers: HeaderReader, now: number): string {
  const day = new Date(now).toISOString().slice(0, 10);
  const material = [day, site.id, anonymizeIp(clientAddress(headers)) ?? '', headers.get('user-agent') ?? ''].join('|');
  return `px-${createHmac('sha256', process.env.AUTH_SECRET ?? 'pathwise-pixel')
    .update(material)
    .digest('base64url')
    .slice(0, 22)}`;
}

export async function ingestPixel(
  query: { site: string; url?: string; ref?: string; title?: string },
  headers: HeaderReader,
  now = Date.now(),
): Promise<IngestResult> {
  const site = await browserSite(query.site, headers);
  if (isBotAgent(headers.get('user-agent'))) return { stored: 0, dropped: 'bot' };
  if (site.respectDnt && optedOut(headers, false)) return { stored: 0, dropped: 'dnt' };
  const anonId = pixelVisitorId(site, headers, now);
  const batch: CollectBatch = {
    site: site.key,
    events: [{ type: 'pageview', ts: now, url: query.url ?? headers.get('referer') ?? undefined, ref: query.ref, title: query.title }],
  };
  return {
    stored: await enqueue(
      prepareBatch(batch, site, browserContext(headers, 'PIXEL', now), { anonId, clientId: anonId, userId: null, identity: null }),
    ),
  };
}
