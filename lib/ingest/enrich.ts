// Turns one validated batch into rows: redaction (every string and number the page sent passes
// lib/ingest/pii.ts), user agent, traffic source, trust and time.
// Pure apart from the UA cache, so every privacy rule is unit-tested without a database.
import type { CollectBatch, CollectEvent } from '@/lib/schemas/collect';
import { LEARNING_EVENTS, categoryOf } from '@/lib/taxonomy';
import { classifySource } from './channel';
import { browserEventTime, serverEventTime } from './clock';
import { redact, redactOptional, redactProps } from './pii';
import { parseUserAgent } from './ua';
import type { SiteConfig } from '@/lib/sites/lookup';
import type { IdentityKind } from './identity-kind';
import type { EventDraft, EventSourceKind, PreparedBatch, SessionContext } from './types';

export type RequestContext = {
  source: EventSourceKind;
  userAgent: string | null;
  /** Already anonymised. */
  ip: string | null;
  now: number;
  /** Servers: the earliest accepted event time (the site's creation); 7 days back when absent. */
  earliest?: number;
};

export type Identity = { anonId: string; clientId: string; userId: string | null; identity: IdentityKind | null };

const clip = (value: string | null | undefined, max: number) => (value ? value.slice(0, max) : null);

export function pathOf(url: string | null): string | null {
  if (!url) return null;
  try {
    return new URL(url, 'http://relative.invalid').pathname;
  } catch {
    return null;
  }
}

/** Browser learning events are only as trustworthy as the site says its pages are. */
export function isTrusted(event: Pick<CollectEvent, 'type' | 'name'>, source: EventSourceKind, site: SiteConfig): boolean {
  const learning = event.type === 'custom' && !!event.name && LEARNING_EVENTS.has(event.name);
  return !learning || source === 'SERVER' || site.trustBrowserLearningEvents;
}

function toDraft(event: CollectEvent, batch: CollectBatch, site: SiteConfig, ctx: RequestContext, index: number): EventDraft {
  const url = redactOptional(event.url);
  const text = site.captureText ? clip(event.el?.text?.replace(/\s+/g, ' ').trim(), 200) : null;
  return {
    type: event.type,
    category: categoryOf(event.type, event.name),
    name: redactOptional(event.name),
    url,
    path: pathOf(url),
    title: redactOptional(event.title),
    referrer: redactOptional(event.ref),
    elementId: redactOptional(event.el?.id),
    elementClasses: redactOptional(event.el?.cls),
    elementText: text ? redact(text) : null,
    elementTag: redactOptional(event.el?.tag?.toLowerCase()),
    x: event.x ?? null,
    y: event.y ?? null,
    scrollDepth: event.depth ?? null,
    durationMs: event.ms ?? null,
    props: redactProps(event.props) ?? undefined,
    trusted: isTrusted(event, ctx.source, site),
    timestamp:
      ctx.source === 'SERVER' ? serverEventTime(event.ts, ctx.now, index, ctx.earliest) : browserEventTime(event.ts, batch.sent, ctx.now),
    userAgent: clip(ctx.userAgent, 512),
    ip: ctx.ip,
  };
}

function sessionContext(batch: CollectBatch, events: EventDraft[], ctx: RequestContext): SessionContext {
  const landing = events.find((event) => event.type === 'pageview') ?? events[0];
  const source = classifySource({ url: landing?.url, referrer: landing?.referrer, userAgent: ctx.userAgent });
  // A server's own user agent says nothing about the learner's device.
  const client = ctx.source === 'SERVER' ? { browser: null, os: null, device: null } : parseUserAgent(ctx.userAgent);
  return {
    // The landing event's referrer was redacted with the rest of its fields.
    referrer: source.referrerDomain ? (landing?.referrer ?? null) : null,
    referrerDomain: source.referrerDomain,
    channel: source.channel,
    utmSource: redactOptional(source.utm.source),
    utmMedium: redactOptional(source.utm.medium),
    utmCampaign: redactOptional(source.utm.campaign),
    utmTerm: redactOptional(source.utm.term),
    utmContent: redactOptional(source.utm.content),
    device: client.device,
    browser: client.browser,
    os: client.os,
    language: redactOptional(batch.lang),
    screen: redactOptional(batch.screen),
  };
}

export function prepareBatch(batch: CollectBatch, site: SiteConfig, ctx: RequestContext, identity: Identity): PreparedBatch {
  // Mouse movement is opt-out per site; drop it here too in case a cached SDK config is stale.
  const events = batch.events
    .flatMap((event, index) => (site.captureMouse || event.type !== 'mouse_activity' ? [toDraft(event, batch, site, ctx, index)] : []))
    .sort((a, b) => a.timestamp.getTime() - b.timestamp.getTime());
  return {
    siteId: site.id,
    anonId: identity.anonId,
    clientId: identity.clientId,
    userId: identity.userId,
    identity: identity.identity,
    source: ctx.source,
    context: sessionContext(batch, events, ctx),
    events,
  };
}
