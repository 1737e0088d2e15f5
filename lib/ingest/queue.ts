// The process-wide ingest queue: one group-commit batcher over the shared client. Stored on
// globalThis so dev-mode module reloads do not create a second queue (or a second SIGTERM hook).
import { db, dbProvider, sqliteStatements } from '@/lib/db';
import { metrics } from '@/lib/metrics/registry';
import { GroupCommitBatcher } from './batcher';
import { writeBatches } from './store';
import type { PreparedBatch } from './types';

type Queue = GroupCommitBatcher<PreparedBatch, number>;
const globalForIngest = globalThis as unknown as { pathwiseIngest?: Queue; pathwiseIngestSigterm?: boolean };

// A big group on a slow disk can take a while; Prisma's 5 s default would abort it half-way.
const TX_OPTIONS = { maxWait: 10_000, timeout: 30_000 };

/** One transaction of the shared client; on SQLite its statements go through the prepared cache. */
function commitInTransaction(items: PreparedBatch[]): Promise<number[]> {
  return db.$transaction((tx) => writeBatches(tx, items, dbProvider(), sqliteStatements()), TX_OPTIONS);
}

async function commitOne(item: PreparedBatch): Promise<number> {
  // Alone, a batch can only fail for its own reasons — or because another process created the
  // same visitor/session a moment ago; a second attempt then finds that row and succeeds.
  try {
    return (await commitInTransaction([item]))[0] ?? 0;
  } catch {
    return (await commitInTransaction([item]))[0] ?? 0;
  }
}

export function ingestQueue(): Queue {
  if (!globalForIngest.pathwiseIngest) {
    globalForIngest.pathwiseIngest = new GroupCommitBatcher<PreparedBatch, number>({
      windowMs: Number(process.env.PATHWISE_INGEST_WINDOW_MS ?? 4),
      maxItems: 250,
      maxPending: 20_000,
      commitGroup: async (items) => {
        const done = metrics().commitSeconds.startTimer();
        try {
          return await commitInTransaction(items);
        } finally {
          done();
        }
      },
      commitOne,
    });
    registerShutdown();
  }
  return globalForIngest.pathwiseIngest;
}

/** Stores a prepared batch; resolves with the number of events stored once they are committed. */
export async function enqueue(batch: PreparedBatch): Promise<number> {
  const stored = await ingestQueue().submit(batch);
  metrics().eventsAccepted.inc(stored);
  metrics().batchSize.observe(stored);
  return stored;
}

/** Commits everything queued; resolves when the queue is idle. */
export async function drain(): Promise<void> {
  await globalForIngest.pathwiseIngest?.drain();
}

function registerShutdown() {
  if (globalForIngest.pathwiseIngestSigterm || typeof process.once !== 'function') return;
  globalForIngest.pathwiseIngestSigterm = true;
  process.once('SIGTERM', () => {
    // `next start` also listens: it stops accepting connections and waits for open requests,
    // which are the ones waiting on this queue. If nobody else listens, Node would no longer
    // exit on SIGTERM by itself, so we exit once the queue is empty.
    const alone = process.listenerCount('SIGTERM') === 0;
    void globalForIngest.pathwiseIngest
      ?.close()
      .catch((error: unknown) => console.error('[pathwise] ingest drain failed', error))
      .finally(() => {
        if (alone) process.exit(143);
      });
  });
}
