// Column lists for the bulk-inserted tables. The `satisfies` checks make the compiler list any
// column added to the Prisma model here, so a schema change cannot silently drop data.
import type { TableSpec } from './bulk-insert';
import type { EventRow, SessionRow } from './session-builder';
import type { VisitorRow } from './writer';

type Columns<Row> = TableSpec<Row>['columns'];

export const VISITOR_TABLE = {
  table: 'Visitor',
  columns: {
    id: 'text',
    siteId: 'text',
    anonId: 'text',
    userId: 'text',
    firstSeen: 'date',
    lastSeen: 'date',
  } satisfies Columns<VisitorRow>,
} as const satisfies TableSpec<VisitorRow>;

export const SESSION_TABLE = {
  table: 'Session',
  columns: {
    id: 'text',
    siteId: 'text',
    clientId: 'text',
    visitorId: 'text',
    userId: 'text',
    startedAt: 'date',
    lastSeenAt: 'date',
    entryPath: 'text',
    exitPath: 'text',
    referrer: 'text',
    referrerDomain: 'text',
    channel: 'text',
    utmSource: 'text',
    utmMedium: 'text',
    utmCampaign: 'text',
    utmTerm: 'text',
    utmContent: 'text',
    device: 'text',
    browser: 'text',
    os: 'text',
    language: 'text',
    screen: 'text',
    pageviews: 'int',
    eventCount: 'int',
    durationMs: 'int',
    bounce: 'bool',
    identity: 'text',
    unverifiedEvents: 'int',
    pathsStale: 'bool',
  } satisfies Columns<SessionRow>,
} as const satisfies TableSpec<SessionRow>;

/** Event ids are autoincrement: the database numbers rows in insertion order. */
type EventColumns = Omit<EventRow, 'id'>;

export const EVENT_TABLE = {
  table: 'Event',
  columns: {
    siteId: 'text',
    sessionId: 'text',
    visitorId: 'text',
    userId: 'text',
    type: 'text',
    category: 'text',
    name: 'text',
    url: 'text',
    path: 'text',
    title: 'text',
    referrer: 'text',
    elementId: 'text',
    elementClasses: 'text',
    elementText: 'text',
    elementTag: 'text',
    x: 'int',
    y: 'int',
    scrollDepth: 'int',
    durationMs: 'int',
    props: 'json',
    source: { enum: 'EventSource' },
    trusted: 'bool',
    timestamp: 'date',
    receivedAt: 'date',
    userAgent: 'text',
    ip: 'text',
  } satisfies Columns<EventColumns>,
} as const satisfies TableSpec<EventColumns>;
