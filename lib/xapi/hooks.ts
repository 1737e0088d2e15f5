// After statements are stored they become Pathwise learning data (lib/xapi/learning). The LRS
// answers once the statements are stored; mapping follows in the background in arrival order, so
// a client's POST is not held up by sessions and learning records (npm run bench -- xapi).
// Requests that arrive while a round is being written wait for the next round together: every
// learner of every one of them is written at once, in one group commit, so the mapper keeps up
// with many small POSTs. A failure is logged (unless the site was deleted meanwhile, which took
// its statements with it): the statements stay retrievable and `npm run import` of an export maps
// them again. Tests and the import await mappingIdle(). Learning data mapped for days already
// scored asks for a risk backfill from the earliest of them (lib/risk/backfill-request.ts).
import { db } from '@/lib/db';
import type { LrsClient } from './auth';
import type { PreparedStatement } from './prepare';
import { prepareMapping, retractVoided, writeMapped } from './learning/apply';
import { backfillAfterHistory } from '@/lib/risk/backfill-request';
import type { PreparedBatch } from '@/lib/ingest/types';

type Pending = { client: LrsClient; statements: PreparedStatement[] };
type State = { running?: Promise<void>; pending: Pending[]; backlog: number };
const holder = globalThis as { pathwiseXapiMapping?: State };
const state: State = (holder.pathwiseXapiMapping ??= { pending: [], backlog: 0 });
/** Past this many statements waiting to be mapped, a POST waits for the backlog (back-pressure). */
const MAX_BACKLOG = 5_000;

async function siteExists(siteId: string): Promise<boolean> {
  return (await db.site.count({ where: { id: siteId } }).catch(() => 1)) > 0;
}

async function report(siteId: string, error: unknown): Promise<void> {
  if (!(await siteExists(siteId))) return;
  console.error('[pathwise] xAPI statements stored but not mapped into learning data', error);
}

/**
 * The requests of one credential, joined in arrival order: one preparation (actor, catalogue and
 * site look-ups) and one batch per learner for all of them, where each request paid its own.
 */
function joined(items: Pending[]): Pending[][] {
  const groups = new Map<string, Pending[]>();
  for (const item of items) {
    const key = `${item.client.credentialId} ${item.client.siteId} ${item.client.homePage ?? ''}`;
    const group = groups.get(key);
    if (group) group.push(item);
    else groups.set(key, [item]);
  }
  return [...groups.values()];
}

/** A joined group's preparation; if it fails, each request on its own, so one bad one spoils only itself. */
type Prepared = { item: Pending; mapped: Awaited<ReturnType<typeof prepareMapping>> };

async function prepareGroup(group: Pending[]): Promise<Prepared[]> {
  const item = { client: group[0]!.client, statements: group.flatMap((pending) => pending.statements) };
  try {
    return [{ item, mapped: await prepareMapping(item.client, item.statements) }];
  } catch (error) {
    if (group.length === 1) {
      await report(item.client.siteId, error);
      return [];
    }
    const each: Prepared[] = [];
    for (const pending of group) each.push(...(await prepareGroup([pending])));
    return each;
  }
}

/** One round: every request waiting so far, prepared one credential after another, written together. */
async function round(items: Pending[]): Promise<void> {
  const prepared: Prepared[] = [];
  for (const group of joined(items)) prepared.push(...(await prepareGroup(group)));
  const earliest = new Map<string, number>();
  await Promise.all(
    prepared.map(({ item, mapped }) =>
      writeMapped(mapped.batches).then(
        () => {
          const first = earliestEvent(mapped.batches);
          const site = item.client.siteId;
          if (first !== null) earliest.set(site, Math.min(first, earliest.get(site) ?? first));
        },
        (error: unknown) => report(item.client.siteId, error),
      ),
    ),
  );
  // After the round's writes, so a statement voided in the same round is mapped before it is retracted.
  for (const { item } of prepared)
    await retractVoided(item.client, item.statements).catch((error: unknown) => report(item.client.siteId, error));
  for (const [siteId, first] of earliest)
    await backfillAfterHistory(db, siteId, new Date(first)).catch((error: unknown) =>
      console.error('[pathwise] xAPI history mapped, but no risk backfill could be asked for', error),
    );
}

function earliestEvent(batches: readonly PreparedBatch[]): number | null {
  let first: number | null = null;
  // Each batch's events are sorted by timestamp.
  for (const batch of batches) {
    const at = batch.events[0]?.timestamp.getTime();
    if (at !== undefined && (first === null || at < first)) first = at;
  }
  return first;
}

async function drainPending(): Promise<void> {
  try {
    while (state.pending.length > 0) {
      const items = state.pending.splice(0);
      try {
        await round(items);
      } finally {
        state.backlog -= items.reduce((sum, item) => sum + item.statements.length, 0);
      }
    }
  } finally {
    state.running = undefined;
  }
}

export async function onStatementsStored(client: LrsClient, statements: PreparedStatement[]): Promise<void> {
  if (statements.length === 0) return;
  state.pending.push({ client, statements });
  state.backlog += statements.length;
  state.running ??= drainPending();
  if (state.backlog > MAX_BACKLOG) await mappingIdle();
}

/** Resolves when every stored statement so far has been mapped. */
export async function mappingIdle(): Promise<void> {
  while (state.running) await state.running;
}
