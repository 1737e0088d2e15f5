// PostgreSQL deadlock (40P01) between ingest and the SessionPath refresh: both write several
// Session rows, and PostgreSQL locks each row as a statement reaches it, so two writers taking
// the same rows in different orders can each hold one the other waits for. Both take them in id
// order. Checked without racing anything: another connection holds the lower id, the writer under
// test waits for it, and the higher id must still be free (a writer that went high-then-low would
// be holding it, which is one half of the cycle). SQLite has one writer at a time: nothing to check.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import pg from 'pg';
import { db } from '@/lib/db';
import { parseDatabaseUrl } from '@/lib/database-url';
import { writeBatches } from '@/lib/ingest/store';
import type { PreparedBatch } from '@/lib/ingest/types';
import { serverBatch } from '@/lib/testing/server-batch';
import { cleanup, createSite, unique } from '@/lib/privacy/int-fixtures';
import { refreshSessionPaths } from '@/lib/session-paths/refresh';

const target = parseDatabaseUrl();
const skip = target.provider !== 'postgres' && 'row locks are PostgreSQL’s';
const T = new Date('2031-06-01T10:00:00.000Z');

type Two = {
  siteId: string;
  low: { id: string; clientId: string; anonId: string };
  high: { id: string; clientId: string; anonId: string };
};

/** Two sessions whose ids sort low < high, the high one inserted first (so it comes first on disk too). */
async function twoSessions(): Promise<Two> {
  const site = await createSite();
  const tag = unique('lock');
  const make = async (suffix: string) => {
    const anonId = `${tag}-${suffix}`;
    const visitor = await db.visitor.create({ data: { siteId: site.id, anonId, firstSeen: T, lastSeen: T } });
    const session = await db.session.create({
      data: { id: `${tag}-${suffix}`, siteId: site.id, clientId: `${tag}-${suffix}`, visitorId: visitor.id, startedAt: T, lastSeenAt: T },
    });
    return { id: session.id, clientId: session.clientId, anonId };
  };
  const high = await make('z');
  const low = await make('a');
  return { siteId: site.id, low, high };
}

function batch(siteId: string, s: { clientId: string; anonId: string }): PreparedBatch {
  return serverBatch({ siteId, anonId: s.anonId, clientId: s.clientId }, [
    { type: 'pageview', path: '/next', timestamp: new Date(T.getTime() + 60_000), trusted: true },
  ]);
}

describe('Session rows are locked in id order', { skip }, () => {
  let holder: pg.Client;
  const sites: string[] = [];
  before(async () => {
    holder = new pg.Client({ connectionString: target.provider === 'postgres' ? target.url : undefined });
    await holder.connect();
  });
  after(async () => {
    await holder.end();
    await cleanup(sites, []);
    await db.$disconnect();
  });

  /** Holds `low` from another connection, runs `writer`, and once it waits, tries `high` without waiting. */
  async function highIsFreeWhileWaiting(two: Two, writer: () => Promise<unknown>): Promise<boolean> {
    await holder.query('BEGIN');
    await holder.query('SELECT "id" FROM "Session" WHERE "id" = $1 FOR NO KEY UPDATE', [two.low.id]);
    const running = writer();
    running.catch(() => undefined);
    // Until the writer is blocked by us (on the lower row): polled, no timing assumed.
    for (;;) {
      const waiting = await holder.query<{ n: string }>(
        'SELECT count(*) AS n FROM pg_stat_activity WHERE pg_backend_pid() = ANY(pg_blocking_pids(pid))',
      );
      if (Number(waiting.rows[0]!.n) > 0) break;
      await new Promise((resolve) => setTimeout(resolve, 20));
    }
    let free = true;
    try {
      await holder.query('SELECT "id" FROM "Session" WHERE "id" = $1 FOR NO KEY UPDATE NOWAIT', [two.high.id]);
    } catch (error) {
      if ((error as { code?: string }).code !== '55P03') throw error;
      free = false;
    }
    await holder.query('ROLLBACK');
    await running;
    return free;
  }

  test('ingest: a group whose batches name the higher id first', async () => {
    const two = await twoSessions();
    sites.push(two.siteId);
    const group = [batch(two.siteId, two.high), batch(two.siteId, two.low)];
    const free = await highIsFreeWhileWaiting(two, () => db.$transaction((tx) => writeBatches(tx, group)));
    assert.equal(free, true, 'ingest held the higher id while waiting for the lower one');
    assert.equal(await db.event.count({ where: { siteId: two.siteId } }), 2);
  });

  test('the SessionPath refresh', async () => {
    const two = await twoSessions();
    sites.push(two.siteId);
    const free = await highIsFreeWhileWaiting(two, () => refreshSessionPaths(db, 'postgres', two.siteId));
    assert.equal(free, true, 'the refresh held the higher id while waiting for the lower one');
    assert.equal(await db.session.count({ where: { siteId: two.siteId, pathsStale: true } }), 0);
  });
});
