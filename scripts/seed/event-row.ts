// One Event row with every column filled the way the ingest pipeline fills it, so seeded and
// collected events are indistinguishable to the queries.
import { categoryOf, type EventType } from '../../lib/taxonomy';
import type { Prng } from './prng';
import type { EventRow, SessionSpec } from './session-builder';
import type { Element, Props } from './site-map';

export type EventContext = {
  spec: SessionSpec;
  rng: Prng;
  /** The user the browser knows about right now (null before login). */
  userId: string | null;
  url: string;
  path: string;
  title: string;
  referrer: string | null;
};

export type EventOptions = {
  name?: string;
  element?: Element;
  props?: Props;
  scrollDepth?: number | null;
  durationMs?: number;
  /** Sent by the platform's server (logins, completions): no browser context, always the user. */
  server?: boolean;
};

export function pageEvent(ctx: EventContext, type: EventType, time: number, options: EventOptions = {}): EventRow {
  const { spec, rng } = ctx;
  const { element, server = false } = options;
  let x: number | null = null;
  let y: number | null = null;
  let props = options.props;
  if (type === 'click' && element) {
    // Navigation sits in the top bar; content further down the page.
    const { width, height } = spec.device;
    x = rng.int(8, width - 8);
    y = element.zone === 'nav' ? rng.int(8, 64) : rng.int(Math.round(height * 0.15), height - 16);
    if (element.track) props = { ...props, track: element.track };
  }
  const name = options.name ?? null;
  const row: EventRow = {
    siteId: spec.siteId,
    sessionId: spec.sessionId,
    visitorId: spec.visitorId,
    userId: server ? spec.userId : ctx.userId,
    type,
    category: categoryOf(type, name),
    name,
    url: ctx.url,
    path: ctx.path,
    title: ctx.title,
    referrer: ctx.referrer,
    elementId: element?.id ?? null,
    elementClasses: element?.classes ?? null,
    elementText: element?.text ?? null,
    elementTag: element?.tag ?? null,
    x,
    y,
    scrollDepth: options.scrollDepth ?? null,
    durationMs: options.durationMs ?? null,
    source: server ? 'SERVER' : 'BROWSER',
    trusted: true,
    timestamp: new Date(time),
    receivedAt: new Date(time + rng.int(25, server ? 120 : 1500)),
    userAgent: server ? null : spec.device.userAgent,
    ip: server ? null : spec.ip,
  };
  if (props) row.props = props;
  return row;
}
