// Buffers generated visitors, sessions and events and writes them a few thousand rows per
// transaction. Parents always go first (visitors, then sessions, then events) so foreign keys hold
// at every commit. At most one batch is in flight while the next is generated, which keeps memory
// bounded at any volume and overlaps generation with writing on Postgres. The rows go in as
// multi-row INSERTs (see bulk-insert.ts for why not createMany).
import type { Db, Prisma } from '../../lib/db';
import type { DatabaseProvider } from '../../lib/database-url';
import { insertStatements } from './bulk-insert';
import type { EventRow, SessionRow } from './session-builder';
import { EVENT_TABLE, SESSION_TABLE, VISITOR_TABLE } from './tables';

export type VisitorRow = Prisma.VisitorCreateManyInput;

export type WriterCounts = { visitors: number; sessions: number; events: number };

export class BatchWriter {
  private visitors: VisitorRow[] = [];
  private sessions: SessionRow[] = [];
  private events: EventRow[] = [];
  private inFlight: Promise<void> | null = null;
  private failure: unknown = null;
  /** Rows committed so far. */
  readonly written: WriterCounts = { visitors: 0, sessions: 0, events: 0 };
  /** Rows accepted so far (committed or buffered): what generation decisions are based on. */
  readonly queued: WriterCounts = { visitors: 0, sessions: 0, events: 0 };

  constructor(
    private readonly db: Db,
    private readonly provider: DatabaseProvider,
    private readonly batchSize: number,
    private readonly onCommit: (written: WriterCounts) => void = () => {},
  ) {}

  addVisitor(row: VisitorRow): void {
    this.visitors.push(row);
    this.queued.visitors++;
  }

  addSession(session: SessionRow, events: readonly EventRow[]): void {
    this.sessions.push(session);
    for (const event of events) this.events.push(event);
    this.queued.sessions++;
    this.queued.events += events.length;
  }

  /** Starts a write when a batch is full; call after each session. */
  async maybeFlush(): Promise<void> {
    if (this.events.length >= this.batchSize || this.sessions.length >= this.batchSize || this.visitors.length >= this.batchSize)
      await this.flush();
  }

  /** Hands the buffered rows to a write, after the previous one has committed. */
  async flush(): Promise<void> {
    await this.settle();
    if (this.visitors.length + this.sessions.length + this.events.length === 0) return;
    const batch = { visitors: this.visitors, sessions: this.sessions, events: this.events };
    this.visitors = [];
    this.sessions = [];
    this.events = [];
    this.inFlight = this.write(batch).catch((error: unknown) => {
      this.failure = error;
    });
  }

  /** Flushes everything and waits for the last commit. */
  async close(): Promise<void> {
    await this.flush();
    await this.settle();
  }

  private async settle(): Promise<void> {
    if (this.inFlight) await this.inFlight;
    this.inFlight = null;
    if (this.failure) throw this.failure;
  }

  private async write(batch: { visitors: VisitorRow[]; sessions: SessionRow[]; events: EventRow[] }): Promise<void> {
    const { db, provider } = this;
    await db.$transaction([
      ...insertStatements(db, provider, VISITOR_TABLE, batch.visitors),
      ...insertStatements(db, provider, SESSION_TABLE, batch.sessions),
      ...insertStatements<Omit<EventRow, 'id'>>(db, provider, EVENT_TABLE, batch.events),
    ]);
    this.written.visitors += batch.visitors.length;
    this.written.sessions += batch.sessions.length;
    this.written.events += batch.events.length;
    this.onCommit(this.written);
  }
}
