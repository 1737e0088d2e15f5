// Stored statements become Pathwise learning data: each is resolved to a learner, its activity
// to a catalogue entry, and translated into an event that goes through the server-event ingest
// path (sessions, learning records, XP, streaks, risk factors), with the statement's own time.
// Statements dated before the site existed or more than 5 minutes ahead stay in the LRS only.
import { db } from '@/lib/db';
import { prepareBatch } from '@/lib/ingest/enrich';
import { enqueue } from '@/lib/ingest/queue';
import { MAX_EVENT_FUTURE_MS } from '@/lib/ingest/clock';
import { siteById } from '@/lib/sites/lookup';
import { rawRows, sql } from '@/lib/sql/run';
import type { CollectEvent } from '@/lib/schemas/collect';
import type { PreparedBatch } from '@/lib/ingest/types';
import type { LrsClient } from '../auth';
import type { PreparedStatement } from '../prepare';
import { isObject, type Json } from '../validate/primitives';
import { activityRef, catalogueEntry, slugFor, type CatalogueEntry } from './catalogue';
import { resolveLearner, type Learner } from './actors';
import { parseMapping, verbAction, type Mapping } from './mapping';
import { toEvent } from './to-events';
import { retractStatements } from './retract';

export type MappedSummary = { statements: number; events: number; skipped: number };

/** Read afresh every round (an edit applies to the next statements), as one raw statement: an ORM query costs ~2 ms of CPU. */
export async function siteMapping(siteKey: string): Promise<Mapping> {
  const [row] = await rawRows<{ value: unknown }>(
    sql`SELECT ${sql.jsonAsText('"value"')} AS "value" FROM "Setting" WHERE "key" = ${`xapi.mapping.${siteKey}`}`,
  );
  return parseMapping(row ? parseJsonText(row.value) : undefined);
}

function parseJsonText(text: unknown): unknown {
  try {
    return typeof text === 'string' ? (JSON.parse(text) as unknown) : text;
  } catch {
    return undefined;
  }
}

/**
 * The course an activity belongs to: a parent or grouping activity typed as a course (Moodle puts
 * the course in grouping, after the LMS itself), else the first parent.
 */
function parentOf(statement: Json, language: string) {
  const context = isObject(statement.context) && isObject(statement.context.contextActivities) ? statement.context.contextActivities : {};
  const list = (value: unknown) =>
    (Array.isArray(value) ? value : []).map((item) => activityRef(item, language)).filter((ref) => ref !== null);
  const parents = list(context.parent);
  const course = [...parents, ...list(context.grouping)].find((ref) => /(^|[/.-])course$/i.test(ref.type ?? ''));
  return course ?? parents[0] ?? null;
}

async function ensureBadge(key: string, name: string): Promise<void> {
  await db.badge.upsert({ where: { key }, create: { key, name }, update: {} });
}

/** Actors resolved in the last minute, per credential (a new platform user is found within it). */
const learners = new Map<string, { at: number; cache: Map<string, Learner> }>();
function learnerCache(client: LrsClient): Map<string, Learner> {
  const key = `${client.credentialId} ${client.homePage ?? ''}`;
  const hit = learners.get(key);
  if (hit && Date.now() - hit.at < 60_000 && hit.cache.size < 50_000) return hit.cache;
  const fresh = { at: Date.now(), cache: new Map<string, Learner>() };
  learners.set(key, fresh);
  return fresh.cache;
}

/** Catalogue entries already ensured, per site, activity and name: a busy LRS sees the same few. */
const known = new Map<string, CatalogueEntry>();

async function entryFor(
  siteId: string,
  activity: ReturnType<typeof activityRef> & object,
  parent: ReturnType<typeof activityRef>,
  mapping: Mapping,
) {
  const key = JSON.stringify([siteId, activity, parent, mapping]);
  const hit = known.get(key);
  if (hit) return hit;
  const entry = await db.$transaction((tx) => catalogueEntry(tx, siteId, activity, parent, mapping));
  if (known.size > 10_000) known.clear();
  known.set(key, entry);
  return entry;
}

export type MappedBatches = { batches: PreparedBatch[]; summary: MappedSummary };

/** Statements → one prepared ingest batch per learner, not yet written. */
export async function prepareMapping(
  client: LrsClient,
  statements: readonly PreparedStatement[],
  now = Date.now(),
): Promise<MappedBatches> {
  const site = await siteById(client.siteId);
  if (!site || statements.length === 0)
    return { batches: [], summary: { statements: statements.length, events: 0, skipped: statements.length } };
  const mapping = await siteMapping(site.key);
  const language = 'en';
  const byLearner = new Map<string, { learner: Learner; events: CollectEvent[] }>();
  let skipped = 0;
  for (const prepared of statements) {
    const at = prepared.timestamp.getTime();
    if (at < site.createdAt.getTime() || at > now + MAX_EVENT_FUTURE_MS) {
      skipped++;
      continue;
    }
    const statement = JSON.parse(prepared.json) as Json;
    const action = verbAction(prepared.verb, mapping);
    const activity = activityRef(statement.object, language);
    let entry: CatalogueEntry | null = null;
    let badgeKey: string | null = null;
    if (activity && action === 'earn') {
      badgeKey = slugFor(site.id, activity.iri);
      await ensureBadge(badgeKey, activity.name ?? activity.iri);
    }
    if (activity && action !== 'ignore') entry = await entryFor(site.id, activity, parentOf(statement, language), mapping);
    const result = isObject(statement.result) ? statement.result : {};
    const score = isObject(result.score) && typeof result.score.scaled === 'number' ? result.score.scaled : null;
    const event = toEvent(
      {
        statementId: prepared.statementId,
        verb: prepared.verb,
        action,
        activityIri: activity?.iri ?? null,
        title: activity?.name ?? null,
        timestamp: prepared.timestamp,
        scaled: score,
        success: typeof result.success === 'boolean' ? result.success : null,
      },
      entry,
      badgeKey,
    );
    if (!event) {
      skipped++;
      continue;
    }
    const learner = await resolveLearner(statement.actor, client.homePage, learnerCache(client));
    const group = byLearner.get(learner.anonId) ?? { learner, events: [] };
    group.events.push(event);
    byLearner.set(learner.anonId, group);
  }
  const batches = [...byLearner.values()].map(({ learner, events: list }) =>
    prepareBatch(
      { site: site.key, events: list },
      site,
      { source: 'SERVER', userAgent: 'pathwise-lrs', ip: null, now, earliest: site.createdAt.getTime() },
      // An LRS credential is a server credential: the identities it sends are verified.
      { anonId: learner.anonId, clientId: `srv-${learner.anonId}`, userId: learner.userId, identity: learner.userId ? 'verified' : null },
    ),
  );
  const events = batches.reduce((sum, batch) => sum + batch.events.length, 0);
  return { batches, summary: { statements: statements.length, events, skipped } };
}

/**
 * Writes every learner's batch at once: submitted together they join one group commit of the
 * ingest queue (one transaction), where one batch per learner after another paid a commit each.
 */
export async function writeMapped(batches: readonly PreparedBatch[]): Promise<number> {
  return (await Promise.all(batches.map((batch) => enqueue(batch)))).reduce((sum, n) => sum + n, 0);
}

/** Voiding statements retract the learning data of the statements they void (./retract.ts). */
export async function retractVoided(client: LrsClient, statements: readonly PreparedStatement[]): Promise<number> {
  const targets = statements.flatMap((s) => (s.voids && s.refId ? [s.refId] : []));
  return (await retractStatements(client.siteId, targets)).events;
}

export async function mapStatements(client: LrsClient, statements: readonly PreparedStatement[], now = Date.now()): Promise<MappedSummary> {
  const { batches, summary } = await prepareMapping(client, statements, now);
  const events = await writeMapped(batches);
  await retractVoided(client, statements);
  return { ...summary, events };
}
