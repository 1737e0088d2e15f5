// Anonymisation keeps an old event's shape — type, path, timestamps, session and visitor — so
// every aggregate stays the same, and removes what points at a person: user id, user agent, IP,
// and whatever the ingest redactor (lib/ingest/pii.ts: e-mail addresses, card numbers, secrets)
// finds in its text fields and props, keys and numbers included. Sessions and visitors last seen
// before the cutoff lose their user link and the same redaction of their text, or the person
// would still be one join away.
import type { DatabaseProvider } from '@/lib/database-url';
import type { Db, Prisma } from '@/lib/db';
import { anonymiseCandidates } from './event-candidates';
import { redact, redactJson } from '@/lib/ingest/pii';
import { maxEventIdBefore } from './batching';
import { refreshTouchedDays } from '@/lib/behaviour-days/refresh-days';
import { markSessionsStale } from '@/lib/session-paths/stale';

type Row = {
  id: number;
  userId: string | null;
  userAgent: string | null;
  ip: string | null;
  props: Prisma.JsonValue | null;
} & Record<(typeof TEXT_FIELDS)[number], string | null>;

/** The same fields ingest redacts; old rows may predate a rule, or come from imports. */
const TEXT_FIELDS = ['name', 'url', 'title', 'referrer', 'elementId', 'elementClasses', 'elementText', 'elementTag'] as const;
const SESSION_TEXT_FIELDS = ['referrer', 'language', 'screen', 'utmSource', 'utmMedium', 'utmCampaign', 'utmTerm', 'utmContent'] as const;

/** The update one row needs, or null when it holds nothing personal any more. */
export function anonymisedFields(row: Row): Prisma.EventUncheckedUpdateInput | null {
  const data: Prisma.EventUncheckedUpdateInput = {};
  let changed = row.userId !== null || row.userAgent !== null || row.ip !== null;
  for (const column of TEXT_FIELDS) {
    const value = row[column];
    if (value === null) continue;
    const redacted = redact(value);
    if (redacted !== value) {
      data[column] = redacted;
      changed = true;
    }
  }
  if (row.props !== null) {
    const after = redactJson(row.props) as Prisma.InputJsonValue;
    if (JSON.stringify(after) !== JSON.stringify(row.props)) {
      data.props = after;
      changed = true;
    }
  }
  return changed ? data : null;
}

const SELECT = {
  id: true,
  userId: true,
  userAgent: true,
  ip: true,
  props: true,
  ...Object.fromEntries(TEXT_FIELDS.map((field) => [field, true])),
} as { [K in keyof Row]: true };

/** Anonymises events older than `before`, one transaction per batch. Returns rows changed and batches run. */
export async function anonymiseEvents(db: Db, provider: DatabaseProvider, siteIds: readonly string[], before: Date, batchSize: number) {
  const upToId = await maxEventIdBefore(db, siteIds, before);
  let afterId = 0;
  let events = 0;
  let batches = 0;
  const redacted = new Map<string, Date[]>();
  while (afterId < upToId) {
    // Found and read outside the transaction: the scan may pass many rows, and only the writes
    // need the lock. On SQLite the transaction must also start with a write — one that reads
    // first fails with SQLITE_BUSY_SNAPSHOT when another process (the server, while this runs
    // from the CLI) commits in between; a write-first one simply waits its turn.
    const ids = await anonymiseCandidates(db, provider, { siteIds, afterId, upToId, before, limit: batchSize });
    if (ids.length === 0) break;
    const rows = await db.event.findMany({
      where: { id: { in: ids } },
      select: { ...SELECT, sessionId: true, siteId: true, timestamp: true },
    });
    // A redacted custom-event name changes what funnels match: those sessions' paths are rebuilt.
    const renamed: string[] = [];
    const changedIds: number[] = [];
    const textUpdates: { id: number; data: Prisma.EventUncheckedUpdateInput }[] = [];
    for (const row of rows) {
      const data = anonymisedFields(row);
      if (!data) continue;
      if (data.name !== undefined) renamed.push(row.sessionId);
      changedIds.push(row.id);
      if (Object.keys(data).length > 0) {
        textUpdates.push({ id: row.id, data });
        // Redacted text (an element's, a form's name) is part of what the personal daily tables group by.
        redacted.set(row.siteId, [...(redacted.get(row.siteId) ?? []), row.timestamp]);
      }
    }
    if (changedIds.length > 0) {
      // updateMany, not update: a row erased meanwhile is simply skipped.
      const [identifiers] = await db.$transaction([
        db.event.updateMany({
          where: { id: { in: changedIds }, timestamp: { lt: before } },
          data: { userId: null, userAgent: null, ip: null },
        }),
        ...textUpdates.map(({ id, data }) => db.event.updateMany({ where: { id, timestamp: { lt: before } }, data })),
      ]);
      events += identifiers?.count ?? 0;
      await markSessionsStale(db, renamed);
    }
    afterId = ids[ids.length - 1]!;
    batches++;
  }
  await refreshTouchedDays(db, provider, redacted);
  return { events, batches };
}

/** Unlinks users from sessions and visitors whose last activity is older than `before`. */
export async function anonymiseSessionsAndVisitors(db: Db, siteIds: readonly string[], before: Date, batchSize: number) {
  let sessions = 0;
  let visitors = 0;
  const siteId = { in: [...siteIds] };
  for (;;) {
    const rows = await db.session.findMany({
      where: { siteId, lastSeenAt: { lt: before }, userId: { not: null } },
      select: { id: true, ...Object.fromEntries(SESSION_TEXT_FIELDS.map((field) => [field, true])) },
      take: batchSize,
    });
    if (rows.length === 0) break;
    const texts = rows.flatMap((row) => {
      const fields = row as unknown as Record<(typeof SESSION_TEXT_FIELDS)[number], string | null>;
      const data = Object.fromEntries(
        SESSION_TEXT_FIELDS.flatMap((field) => {
          const value = fields[field];
          return value !== null && redact(value) !== value ? [[field, redact(value)]] : [];
        }),
      );
      return Object.keys(data).length > 0 ? [db.session.update({ where: { id: row.id }, data })] : [];
    });
    const [unlinked] = await db.$transaction([
      db.session.updateMany({ where: { id: { in: rows.map((row) => row.id) } }, data: { userId: null } }),
      ...texts,
    ]);
    sessions += unlinked.count;
  }
  for (;;) {
    const ids = (
      await db.visitor.findMany({
        where: { siteId, lastSeen: { lt: before }, userId: { not: null } },
        select: { id: true },
        take: batchSize,
      })
    ).map((v) => v.id);
    if (ids.length === 0) break;
    visitors += (await db.visitor.updateMany({ where: { id: { in: ids } }, data: { userId: null } })).count;
  }
  return { sessions, visitors };
}
