// Writes a group of prepared batches inside ONE transaction with a fixed number of statements,
// whatever the group's size: upsert visitors, read sessions, upsert sessions, insert events
// (plus one rename per session that expired, which is rare).
import { randomUUID } from 'node:crypto';
import { dbProvider, type Prisma } from '@/lib/db';
import type { DatabaseProvider } from '@/lib/database-url';
import { extendSession, hasExpired, retiredClientId, startSession, type SessionTotals } from './sessionise';
import { applyLearningEvents, type LearningEventInput } from '@/lib/learning/apply-events';
import { rawExecute, rawRows, sql, type Connection } from '@/lib/sql/run';
import { byId, lockSessionRows } from '@/lib/sql/row-order';
import type { JsonColumnType } from '@/lib/sql/dialect';
import type { PreparedBatch, SessionContext } from './types';
import { strongerIdentity, type IdentityKind } from './identity-kind';

type Tx = Prisma.TransactionClient;
type VisitorRow = { id: string; siteId: string; anonId: string; userId: string | null; firstSeen: Date; lastSeen: Date };
type SessionRecord = {
  id: string;
  clientId: string;
  siteId: string;
  visitorId: string;
  userId: string | null;
  identity: IdentityKind | null;
  unverifiedEvents: number;
  totals: SessionTotals;
  context: SessionContext | null;
};

const MAX_INT = 2_147_483_647;
const keyOf = (siteId: string, id: string) => `${siteId}\u0000${id}`;
// Bound as one JSON array per statement (sql.jsonRows): each type says how a value comes back out.
const EVENT_COLUMNS: readonly { name: string; type: JsonColumnType }[] = [
  { name: 'siteId', type: 'text' },
  { name: 'sessionId', type: 'text' },
  { name: 'visitorId', type: 'text' },
  { name: 'userId', type: 'text' },
  { name: 'type', type: 'text' },
  { name: 'category', type: 'text' },
  { name: 'name', type: 'text' },
  { name: 'url', type: 'text' },
  { name: 'path', type: 'text' },
  { name: 'title', type: 'text' },
  { name: 'referrer', type: 'text' },
  { name: 'elementId', type: 'text' },
  { name: 'elementClasses', type: 'text' },
  { name: 'elementText', type: 'text' },
  { name: 'elementTag', type: 'text' },
  { name: 'x', type: 'integer' },
  { name: 'y', type: 'integer' },
  { name: 'scrollDepth', type: 'integer' },
  { name: 'durationMs', type: 'integer' },
  { name: 'props', type: 'json' },
  { name: 'source', type: { enum: 'EventSource' } },
  { name: 'trusted', type: 'boolean' },
  { name: 'timestamp', type: 'timestamp' },
  { name: 'receivedAt', type: 'timestamp' },
  { name: 'userAgent', type: 'text' },
  { name: 'ip', type: 'text' },
];
const SESSION_CONTEXT = [
  'referrer',
  'referrerDomain',
  'channel',
  'utmSource',
  'utmMedium',
  'utmCampaign',
  'utmTerm',
  'utmContent',
  'device',
  'browser',
  'os',
  'language',
  'screen',
] as const;

/** One row per visitor in the group; the latest identify() in the group wins. Returns key → id. */
async function upsertVisitors(on: Connection, live: PreparedBatch[]): Promise<Map<string, string>> {
  const rows = new Map<string, VisitorRow>();
  for (const b of live) {
    const first = b.events[0]!.timestamp;
    const last = b.events[b.events.length - 1]!.timestamp;
    const row = rows.get(keyOf(b.siteId, b.anonId));
    if (!row)
      rows.set(keyOf(b.siteId, b.anonId), {
        id: randomUUID(),
        siteId: b.siteId,
        anonId: b.anonId,
        userId: b.userId,
        firstSeen: first,
        lastSeen: last,
      });
    else
      Object.assign(row, {
        userId: b.userId ?? row.userId,
        firstSeen: first < row.firstSeen ? first : row.firstSeen,
        lastSeen: last > row.lastSeen ? last : row.lastSeen,
      });
  }
  const ids = new Map<string, string>();
  for (const part of chunk([...rows.values()], 500)) {
    const values = sql.values(
      'Visitor',
      ['id', 'siteId', 'anonId', 'userId', 'firstSeen', 'lastSeen'],
      part.map((v) => [v.id, v.siteId, v.anonId, v.userId, v.firstSeen, v.lastSeen]),
    );
    const returned = await rawRows<{ id: string; siteId: string; anonId: string }>(
      sql`INSERT INTO ${values}
      ON CONFLICT ("siteId", "anonId") DO UPDATE SET
        "firstSeen" = CASE WHEN excluded."firstSeen" < "Visitor"."firstSeen" THEN excluded."firstSeen" ELSE "Visitor"."firstSeen" END,
        "lastSeen" = CASE WHEN excluded."lastSeen" > "Visitor"."lastSeen" THEN excluded."lastSeen" ELSE "Visitor"."lastSeen" END,
        "userId" = COALESCE(excluded."userId", "Visitor"."userId")
      RETURNING "id", "siteId", "anonId"`,
      on,
    );
    for (const row of returned) ids.set(keyOf(row.siteId, row.anonId), row.id);
  }
  return ids;
}

async function loadSessions(on: Connection, live: PreparedBatch[]): Promise<Map<string, SessionRecord>> {
  const bySite = new Map<string, Set<string>>();
  for (const b of live) bySite.set(b.siteId, (bySite.get(b.siteId) ?? new Set()).add(b.clientId));
  const found = new Map<string, SessionRecord>();
  for (const [siteId, clientIds] of bySite) {
    for (const part of chunk([...clientIds], 500)) {
      const rows = await rawRows<Omit<SessionRecord, 'totals' | 'context'> & SessionTotals>(
        sql`SELECT "id", "clientId", "siteId", "visitorId", "userId", "identity", "unverifiedEvents", "startedAt", "lastSeenAt", "entryPath", "exitPath", "pageviews", "eventCount", "durationMs", "bounce"
        FROM "Session" WHERE "siteId" = ${siteId} AND "clientId" IN (${sql.join(part)})`,
        on,
      );
      for (const { id, clientId, visitorId, userId, identity, unverifiedEvents, ...totals } of rows) {
        const normalised = {
          ...totals,
          startedAt: new Date(totals.startedAt),
          lastSeenAt: new Date(totals.lastSeenAt),
          bounce: Boolean(totals.bounce),
        };
        found.set(keyOf(siteId, clientId), {
          id,
          clientId,
          siteId,
          visitorId,
          userId,
          identity,
          unverifiedEvents: Number(unverifiedEvents),
          totals: normalised,
          context: null,
        });
      }
    }
  }
  return found;
}

/** Keeps each statement well under both databases' bound-parameter limits. */
function chunk<T>(items: readonly T[], size: number): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < items.length; i += size) out.push(items.slice(i, i + size));
  return out;
}

/** Returns, per batch, how many events were stored. */
export async function writeBatches(tx: Tx, batches: PreparedBatch[], provider: DatabaseProvider = dbProvider()): Promise<number[]> {
  const live = batches.filter((batch) => batch.events.length > 0);
  if (live.length === 0) return batches.map(() => 0);
  const on: Connection = { client: tx, provider };
  const visitorIds = await upsertVisitors(on, live);
  const sessions = await loadSessions(on, live);
  const retired: { id: string; clientId: string }[] = [];
  // Every session written, including one created and retired within this same group.
  const touched = new Set<SessionRecord>();
  const events: unknown[][] = [];
  const learning: LearningEventInput[] = [];
  const receivedAt = new Date();

  for (const batch of live) {
    const visitorId = visitorIds.get(keyOf(batch.siteId, batch.anonId))!;
    const sessionKey = keyOf(batch.siteId, batch.clientId);
    let session = sessions.get(sessionKey);
    // A uid without a valid token, linked or not: what Admin → Sites counts as unverified claims.
    const unverified = batch.identity === 'claimed' || batch.identity === 'trusted' ? batch.events.length : 0;
    if (session && hasExpired(session.totals.lastSeenAt, batch.events[0]!.timestamp)) {
      // The SDK's id came back after the timeout: retire the old row's clientId, start afresh.
      session.clientId = retiredClientId(batch.clientId, session.totals.startedAt);
      if (!session.context) retired.push({ id: session.id, clientId: session.clientId });
      session = undefined;
    }
    if (!session) {
      session = {
        id: randomUUID(),
        clientId: batch.clientId,
        siteId: batch.siteId,
        visitorId,
        userId: batch.userId,
        identity: batch.identity,
        unverifiedEvents: unverified,
        totals: startSession(batch.events),
        context: batch.context,
      };
      sessions.set(sessionKey, session);
    } else {
      session.totals = extendSession(session.totals, batch.events);
      session.userId ??= batch.userId;
      session.identity = strongerIdentity(session.identity, batch.identity);
      session.unverifiedEvents += unverified;
    }
    touched.add(session);
    for (const e of batch.events) {
      if (batch.userId)
        learning.push({
          type: e.type,
          name: e.name,
          userId: batch.userId,
          props: e.props,
          timestamp: e.timestamp,
          trusted: e.trusted,
        });
      // In EVENT_COLUMNS order.
      events.push([
        batch.siteId,
        session.id,
        visitorId,
        batch.userId,
        e.type,
        e.category ?? null,
        e.name ?? null,
        e.url ?? null,
        e.path,
        e.title ?? null,
        e.referrer ?? null,
        e.elementId ?? null,
        e.elementClasses ?? null,
        e.elementText ?? null,
        e.elementTag ?? null,
        e.x ?? null,
        e.y ?? null,
        e.scrollDepth ?? null,
        e.durationMs ?? null,
        e.props === undefined || e.props === null ? null : JSON.stringify(e.props),
        batch.source,
        e.trusted,
        e.timestamp,
        receivedAt,
        e.userAgent ?? null,
        e.ip ?? null,
      ]);
    }
  }

  // Session rows are written in id order (lib/sql/row-order.ts: no deadlock with the SessionPath
  // refresh). Renames run before the upsert, so when there are any, every row either writes is
  // locked first, in that order.
  const written = [...touched].sort(byId);
  if (retired.length)
    await lockSessionRows(
      on,
      [...retired, ...written].map((s) => s.id),
    );
  for (const row of retired.sort(byId)) await rawExecute(sql`UPDATE "Session" SET "clientId" = ${row.clientId} WHERE "id" = ${row.id}`, on);
  await upsertSessions(on, written);
  // One statement for the whole group on SQLite and PostgreSQL alike: no bound-parameter limit applies to one JSON value.
  if (events.length) await rawExecute(sql`INSERT INTO ${sql.jsonRows('Event', EVENT_COLUMNS, events)}`, on);
  // Same transaction: a quest completion is stored with its XP and badge, or not at all.
  await applyLearningEvents(tx, learning);
  return batches.map((batch) => batch.events.length);
}

/**
 * New sessions are inserted; existing ones (same id) get their totals updated. Both are left
 * `pathsStale` (new rows by the column's default) so flows and funnels read them raw until the
 * rollups job summarises them: ingest pays one more assignment, not a statement.
 */
async function upsertSessions(on: Connection, records: SessionRecord[]) {
  const names = [
    'id',
    'siteId',
    'clientId',
    'visitorId',
    'userId',
    'startedAt',
    'lastSeenAt',
    'entryPath',
    'exitPath',
    'pageviews',
    'eventCount',
    'durationMs',
    'bounce',
    'identity',
    'unverifiedEvents',
    ...SESSION_CONTEXT,
  ];
  for (const part of chunk(records, 300)) {
    const rows = part.map((r) => {
      const t = r.totals;
      // Context columns are only written for new rows, but NOT NULL is checked on every proposed row.
      const context = SESSION_CONTEXT.map((name) => (r.context ? r.context[name] : name === 'channel' ? 'Direct' : null));
      return [
        r.id,
        r.siteId,
        r.clientId,
        r.visitorId,
        r.userId,
        t.startedAt,
        t.lastSeenAt,
        t.entryPath,
        t.exitPath,
        t.pageviews,
        t.eventCount,
        Math.min(t.durationMs, MAX_INT),
        t.bounce,
        r.identity,
        Math.min(r.unverifiedEvents, MAX_INT),
        ...context,
      ];
    });
    await rawExecute(
      sql`INSERT INTO ${sql.values('Session', names, rows)}
      ON CONFLICT ("id") DO UPDATE SET
        "userId" = excluded."userId", "startedAt" = excluded."startedAt", "lastSeenAt" = excluded."lastSeenAt",
        "entryPath" = excluded."entryPath", "exitPath" = excluded."exitPath", "pageviews" = excluded."pageviews",
        "eventCount" = excluded."eventCount", "durationMs" = excluded."durationMs", "bounce" = excluded."bounce",
        "identity" = excluded."identity", "unverifiedEvents" = excluded."unverifiedEvents",
        "pathsStale" = TRUE`,
      on,
    );
  }
}
