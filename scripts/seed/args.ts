// Command-line flags for `npm run seed`; every mistake gets a sentence that says what was wrong
// and what would be accepted (lib/cli/flags.ts).
import { ArgsError, readFlags, wholeNumber } from '../../lib/cli/flags';

export type SeedArgs = {
  students: number;
  days: number;
  /** Target total events; extra anonymous traffic is generated to reach about this many. */
  events?: number;
  seed: number;
  reset: boolean;
  /** The fixed "now" every timestamp is derived from. */
  now: Date;
  quiet: boolean;
  help: boolean;
};

export { ArgsError };

export const USAGE = `Usage: npm run seed -- [options]

  --students N   students to create, including student@pathwise.test (default 300, 2–100000)
  --days N       days of history ending now (default 90, 2–3650)
  --events N     scale traffic to about N events in total (e.g. 1000000 for benchmarks)
  --seed N       PRNG seed; the same seed and flags give the same data (default 1)
  --now ISO      the moment the data ends (default: the current time rounded down to the hour)
  --reset        delete every row first (otherwise a non-empty database is refused)
  --quiet        no progress bar
  --help         show this help`;

const INT_FLAGS = {
  students: { min: 2, max: 100_000 },
  days: { min: 2, max: 3650 },
  events: { min: 1, max: 1_000_000_000 },
  seed: { min: 0, max: 4_294_967_295 },
} as const;
const SPEC = {
  students: { type: 'string' },
  days: { type: 'string' },
  events: { type: 'string' },
  seed: { type: 'string' },
  now: { type: 'string' },
  reset: { type: 'boolean' },
  quiet: { type: 'boolean' },
  help: { type: 'boolean' },
} as const;

/** The current time rounded down to the hour, so runs within the same hour produce the same data. */
export function defaultNow(clock: Date = new Date()): Date {
  const now = new Date(clock.getTime());
  now.setUTCMinutes(0, 0, 0);
  return now;
}

export function parseSeedArgs(argv: readonly string[], clock: Date = new Date()): SeedArgs {
  const { values } = readFlags(argv, SPEC);
  const args: SeedArgs = {
    students: 300,
    days: 90,
    seed: 1,
    reset: values.reset === true,
    now: values.now === undefined ? defaultNow(clock) : parseNow(values.now),
    quiet: values.quiet === true,
    help: values.help === true,
  };
  for (const key of Object.keys(INT_FLAGS) as (keyof typeof INT_FLAGS)[]) {
    const raw = values[key];
    if (raw !== undefined) args[key] = wholeNumber(`--${key}`, raw, INT_FLAGS[key].min, INT_FLAGS[key].max);
  }
  return args;
}

function parseNow(value: string): Date {
  // Only full ISO timestamps: a bare "2025-01-01" would silently mean midnight UTC.
  const iso = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d{1,3})?)?(Z|[+-]\d{2}:\d{2})$/;
  const parsed = new Date(value);
  if (!iso.test(value) || Number.isNaN(parsed.getTime())) {
    throw new ArgsError(`Option --now must be an ISO timestamp with a time zone, e.g. 2025-03-01T12:00:00Z; got "${value}".`);
  }
  return parsed;
}
