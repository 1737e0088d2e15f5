// A server-sent batch in the store's own shape (what enrichment hands lib/ingest/store.ts), for
// suites that drive the store directly: a direct visit with no device details unless given.
import type { EventDraft, PreparedBatch, SessionContext } from '@/lib/ingest/types';

export const DIRECT_CONTEXT: SessionContext = {
  referrer: null,
  referrerDomain: null,
  channel: 'Direct',
  utmSource: null,
  utmMedium: null,
  utmCampaign: null,
  utmTerm: null,
  utmContent: null,
  device: null,
  browser: null,
  os: null,
  language: null,
  screen: null,
};

export function serverBatch(
  ids: { siteId: string; anonId: string; clientId: string },
  events: EventDraft[],
  context: Partial<SessionContext> = {},
): PreparedBatch {
  return { ...ids, userId: null, identity: null, source: 'SERVER', context: { ...DIRECT_CONTEXT, ...context }, events };
}
