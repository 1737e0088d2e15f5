// Turns a planned visit (a list of pages with the things done on each) into one Session row and
// its Event rows, timed to fill exactly the planned duration. page-timeline.ts adds what an SDK
// records on its own within each page.
import type { Prisma } from '../../lib/db';
import { utmQuery, type Acquisition } from './referrers';
import type { DeviceProfile } from './devices';
import type { Prng } from './prng';
import type { PageVisit } from './site-map';
import { pageEvent, type EventContext } from './event-row';
import { emit, planPage } from './page-timeline';

export type SessionRow = Prisma.SessionCreateManyInput;
export type EventRow = Prisma.EventCreateManyInput;

export type SessionSpec = {
  siteId: string;
  origin: string;
  sessionId: string;
  clientId: string;
  visitorId: string;
  userId: string | null;
  /** Events before the login (the action marked `authenticates`) carry no user yet. */
  loginFirst: boolean;
  device: DeviceProfile;
  language: string;
  ip: string;
  acquisition: Acquisition;
  start: number;
  durationMs: number;
  pages: PageVisit[];
};
export function buildSession(spec: SessionSpec, rng: Prng): { session: SessionRow; events: EventRow[] } {
  const { pages, acquisition } = spec;
  if (pages.length === 0) throw new Error('a session needs at least one page');
  // Jittered, so two visits to the same kind of page do not last exactly as long.
  const weights = pages.map((visit) => visit.weight * rng.logNormal(1, 0.35));
  const totalWeight = weights.reduce((sum, weight) => sum + weight, 0);
  const end = spec.start + spec.durationMs;
  const events: EventRow[] = [];
  const ctx: EventContext = { spec, rng, userId: spec.loginFirst ? null : spec.userId, url: '', path: '', title: '', referrer: null };
  let t = spec.start;
  let previousUrl: string | null = null;

  pages.forEach((visit, index) => {
    const last = index === pages.length - 1;
    const dwell = last ? end - t : Math.max(800, Math.round((spec.durationMs * (weights[index] as number)) / totalWeight));
    const pageEnd = Math.min(end, t + dwell);
    const url = `${spec.origin}${visit.path}${index === 0 ? utmQuery(acquisition.utm) : ''}`;
    Object.assign(ctx, { url, path: visit.path, title: visit.title, referrer: index === 0 ? acquisition.referrer : previousUrl });

    const loadMs = Math.round(rng.logNormal(spec.device.device === 'desktop' ? 380 : 720, 0.5));
    // A pageview's duration is its load time, as the SDK sends it (`ms`, stored in durationMs).
    events.push(pageEvent(ctx, 'pageview', t, { durationMs: loadMs }));
    const timed = planPage(visit, pages[index + 1], pageEnd - t, spec.device, rng);
    let maxDepth = 0;
    for (const { offset, item } of timed) {
      if (item.kind === 'scroll') maxDepth = item.depth;
      emit(ctx, item, t + offset, pageEnd, events);
    }
    events.push(pageEvent(ctx, 'page_exit', pageEnd, { durationMs: pageEnd - t, scrollDepth: maxDepth || null }));
    previousUrl = url.split('?')[0] ?? url;
    t = pageEnd;
  });

  const { utm } = acquisition;
  const session: SessionRow = {
    id: spec.sessionId,
    siteId: spec.siteId,
    clientId: spec.clientId,
    visitorId: spec.visitorId,
    userId: spec.userId,
    startedAt: new Date(spec.start),
    lastSeenAt: new Date(end),
    entryPath: pages[0]?.path ?? null,
    exitPath: pages[pages.length - 1]?.path ?? null,
    referrer: acquisition.referrer,
    referrerDomain: acquisition.referrerDomain,
    channel: acquisition.channel,
    utmSource: utm?.source ?? null,
    utmMedium: utm?.medium ?? null,
    utmCampaign: utm?.campaign ?? null,
    utmTerm: utm?.term ?? null,
    utmContent: utm?.content ?? null,
    device: spec.device.device,
    browser: spec.device.browser,
    os: spec.device.os,
    language: spec.language,
    screen: `${spec.device.width}x${spec.device.height}`,
    pageviews: pages.length,
    eventCount: events.length,
    durationMs: spec.durationMs,
    bounce: pages.length <= 1,
    // The demo platform signs its learners' ids (see README: Verified identity).
    identity: spec.userId ? 'verified' : null,
    unverifiedEvents: 0,
    // The rollups job summarises its path (SessionPath); until then dashboards read it raw.
    pathsStale: true,
  };
  return { session, events };
}
