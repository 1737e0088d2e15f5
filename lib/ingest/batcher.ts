// Group commit: requests that arrive within a few milliseconds of each other (or while the
// previous commit is running) are written by ONE transaction, and each caller's promise settles
// only after that transaction has committed — acknowledged therefore means stored.
import { HttpError } from '@/lib/http/errors';

export type BatcherOptions<T, R> = {
  /** How long the first request of a group waits for company. */
  windowMs: number;
  /** Most items one transaction takes; more wait for the next. */
  maxItems: number;
  /** Beyond this many waiting items new ones are refused (503), so memory stays bounded. */
  maxPending: number;
  commitGroup: (items: T[]) => Promise<R[]>;
  /** Used when a group fails, so one bad member cannot sink the others. */
  commitOne: (item: T) => Promise<R>;
};

type Waiter<T, R> = { item: T; resolve: (result: R) => void; reject: (error: unknown) => void };

export class GroupCommitBatcher<T, R> {
  private queue: Waiter<T, R>[] = [];
  private timer: ReturnType<typeof setTimeout> | null = null;
  private running: Promise<void> | null = null;
  private closed = false;
  /** Transactions committed so far (for benchmarks and tests). */
  commits = 0;

  constructor(private readonly options: BatcherOptions<T, R>) {}

  get pending(): number {
    return this.queue.length;
  }

  submit(item: T): Promise<R> {
    if (this.closed)
      return Promise.reject(new HttpError('shutting_down', 'The server is shutting down; retry shortly.', { 'Retry-After': '5' }));
    if (this.queue.length >= this.options.maxPending) {
      return Promise.reject(
        new HttpError('overloaded', 'Too many events are waiting to be stored; retry shortly.', { 'Retry-After': '1' }),
      );
    }
    return new Promise<R>((resolve, reject) => {
      this.queue.push({ item, resolve, reject });
      this.schedule();
    });
  }

  /** Commits everything queued so far and resolves when nothing is in flight. */
  async drain(): Promise<void> {
    while (this.running || this.queue.length) {
      if (!this.running) this.start();
      await this.running;
    }
  }

  /** Refuses new items, then drains: for shutdown. */
  async close(): Promise<void> {
    this.closed = true;
    await this.drain();
  }

  private schedule() {
    // A running commit picks up the queue when it finishes; that wait is the window.
    if (this.running) return;
    if (this.queue.length >= this.options.maxItems) this.start();
    else this.timer ??= setTimeout(() => this.start(), this.options.windowMs);
  }

  private start() {
    if (this.timer) clearTimeout(this.timer);
    this.timer = null;
    if (this.running || this.queue.length === 0) return;
    const group = this.queue.splice(0, this.options.maxItems);
    this.running = this.commit(group).finally(() => {
      this.running = null;
      if (this.queue.length) this.start();
    });
  }

  private async commit(group: Waiter<T, R>[]): Promise<void> {
    try {
      const results = await this.options.commitGroup(group.map((waiter) => waiter.item));
      this.commits += 1;
      group.forEach((waiter, index) => waiter.resolve(results[index] as R));
      return;
    } catch (error) {
      if (group.length === 1) {
        group[0]!.reject(error);
        return;
      }
    }
    // The group's transaction rolled back as a whole; retry each member in its own transaction.
    for (const waiter of group) {
      try {
        const result = await this.options.commitOne(waiter.item);
        this.commits += 1;
        waiter.resolve(result);
      } catch (error) {
        waiter.reject(error);
      }
    }
  }
}
