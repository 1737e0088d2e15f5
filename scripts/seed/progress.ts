// A one-line progress bar on stderr: `events 420,000/1,000,000  42% 61,230/s`. On a terminal it
// redraws in place; in a log (CI, a pipe) it prints a line every 10% instead of flooding it.

export type ProgressStream = { write(text: string): unknown; isTTY?: boolean };

export function formatCount(value: number): string {
  return Math.round(value).toLocaleString('en-US');
}

export class Progress {
  private readonly startedAt = performance.now();
  private lastDraw = 0;
  private lastDecile = -1;
  private drawn = false;

  constructor(
    private readonly stream: ProgressStream | null,
    private readonly label: string,
    /** Known total (with --events), or null when only the share of days done is known. */
    private readonly total: number | null,
  ) {}

  elapsedSeconds(): number {
    return (performance.now() - this.startedAt) / 1000;
  }

  /** `fraction` (0–1) is used when there is no known total; `note` is appended (e.g. "day 4/90"). */
  update(done: number, fraction: number, note = '', force = false): void {
    if (!this.stream) return;
    const share = this.total ? Math.min(1, done / this.total) : Math.min(1, fraction);
    const now = performance.now();
    const decile = Math.floor(share * 10);
    if (this.stream.isTTY) {
      if (!force && now - this.lastDraw < 200) return;
      this.lastDraw = now;
      this.stream.write(`\r\x1b[2K${this.line(done, share, note)}`);
      this.drawn = true;
    } else if (decile > this.lastDecile || (force && !this.drawn)) {
      this.lastDecile = decile;
      this.drawn = true;
      this.stream.write(`${this.line(done, share, note)}\n`);
    }
  }

  /** Ends the in-place line so whatever is printed next starts on a fresh one. */
  finish(done: number, note = ''): void {
    if (!this.stream) return;
    this.update(done, 1, note, true);
    if (this.stream.isTTY && this.drawn) this.stream.write('\n');
  }

  rate(done: number): number {
    const seconds = this.elapsedSeconds();
    return seconds > 0 ? done / seconds : 0;
  }

  private line(done: number, share: number, note: string): string {
    const width = 24;
    const filled = Math.round(share * width);
    const bar = `[${'#'.repeat(filled)}${'.'.repeat(width - filled)}]`;
    const count = this.total ? `${formatCount(done)}/${formatCount(this.total)}` : formatCount(done);
    const percent = `${Math.floor(share * 100)}%`.padStart(4);
    return `${this.label} ${count} ${bar} ${percent} ${formatCount(this.rate(done))}/s${note ? `  ${note}` : ''}`;
  }
}
