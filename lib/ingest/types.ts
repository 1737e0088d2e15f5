// The shapes that flow between enrichment (pure, per request) and the store (one transaction per
// group of requests).
import type { Prisma } from '@/lib/db';
import type { IdentityKind } from './identity-kind';

export type EventSourceKind = 'BROWSER' | 'SERVER' | 'PIXEL';

/** An Event row before it knows its session, visitor and user. */
export type EventDraft = Omit<
  Prisma.EventCreateManyInput,
  'id' | 'siteId' | 'sessionId' | 'visitorId' | 'userId' | 'source' | 'receivedAt' | 'timestamp' | 'trusted'
> & { type: string; path: string | null; timestamp: Date; trusted: boolean };

/** What a new Session is created with; ignored when the batch continues an existing session. */
export type SessionContext = {
  referrer: string | null;
  referrerDomain: string | null;
  channel: string;
  utmSource: string | null;
  utmMedium: string | null;
  utmCampaign: string | null;
  utmTerm: string | null;
  utmContent: string | null;
  device: string | null;
  browser: string | null;
  os: string | null;
  language: string | null;
  screen: string | null;
};

/** One request's events, enriched and ready to be written. */
export type PreparedBatch = {
  siteId: string;
  anonId: string;
  /** The SDK's session id (or a derived one for server events). */
  clientId: string;
  /** Resolved User.id, when the batch named a known platform user. */
  userId: string | null;
  /** How the batch named its user; "claimed" batches have no userId (lib/ingest/identity.ts). */
  identity: IdentityKind | null;
  source: EventSourceKind;
  context: SessionContext;
  /** Sorted by timestamp. */
  events: EventDraft[];
};
