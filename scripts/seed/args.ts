// Command-line flags for `npm run seed`, hand-parsed so every mistake gets a sentence that says
// what was wrong and what would be accepted.

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

export class ArgsError extends Error {
  override name = 'ArgsError';
}

export const USAGE = `Usage: npm run seed -- [options]

  --students N   students to create, including student@pathwise.test (default 300, 2–100000)
  --days N       days of history ending now (default 90, 2–3650)
  --events N     scale traffic to about N events in total (e.g. 1000000 for benchmarks)
  --seed N       PRNG seed; the same seed and flags give the same data (default 1)
  --now ISO      the moment the data ends (default: the current time rounded down to the hour)
  --reset        delete every row first (otherwise a non-empty database is refused)
  --quiet        no progress bar
  --help         show this help`;

type IntFlag = { key: 'students' | 'days' | 'events' | 'seed'; min: number; max: number };

const INT_FLAGS: Record<string, IntFlag> = {
  '--students': { key: 'students', min: 2, max: 100_000 },
  '--days': { key: 'days', min: 2, max: 3650 },
  '--events': { key: 'events', min: 1, max: 1_000_000_000 },
  '--seed': { key: 'seed', min: 0, max: 4_294_967_295 },
};
const BOOLEAN_FLAGS = { '--reset': 'reset', '--quiet': 'quiet', '--help': 'help' } as const;
const KNOWN = [...Object.keys(INT_FLAGS), '--now', ...Object.keys(BOOLEAN_FLAGS)];

/** The current time rounded down to the hour, so runs within the same hour produce the same data. */
export function defaultNow(clock: Date = new Date()): Date {
  const now = new Date(clock.getTime());
  now.setUTCMinutes(0, 0, 0);
  return now;
}

export function parseSeedArgs(argv: readonly string[], clock: Date = new Date()): SeedArgs {
  const args: SeedArgs = { students: 300, days: 90, seed: 1, reset: false, now: defaultNow(clock), quiet: false, help: false };
  const seen = new Set<string>();
  for (let i = 0; i < argv.length; i++) {
    const raw = argv[i] as string;
    const eq = raw.indexOf('=');
    const flag = raw.startsWith('--') && eq > 0 ? raw.slice(0, eq) : raw;
    const inline = raw.startsWith('--') && eq > 0 ? raw.slice(eq + 1) : undefined;
    if (!flag.startsWith('--')) throw new ArgsError(`Unexpected argument "${raw}". Options start with --; see --help.`);
    if (!KNOWN.includes(flag)) throw new ArgsError(`Unknown option ${flag}. Known options: ${KNOWN.join(', ')}.`);
    if (seen.has(flag)) throw new ArgsError(`Option ${flag} was given twice.`);
    seen.add(flag);

    if (flag in BOOLEAN_FLAGS) {
      if (inline !== undefined) throw new ArgsError(`Option ${flag} takes no value (got "${inline}").`);
      args[BOOLEAN_FLAGS[flag as keyof typeof BOOLEAN_FLAGS]] = true;
      continue;
    }
    let value = inline;
    if (value === undefined) {
      const nextArg = argv[i + 1];
      if (nextArg === undefined || nextArg.startsWith('--')) throw new ArgsError(`Option ${flag} needs a value, e.g. ${example(flag)}.`);
      value = nextArg;
      i++;
    }
    if (flag === '--now') args.now = parseNow(value);
    else {
      const spec = INT_FLAGS[flag] as IntFlag;
      args[spec.key] = parseInteger(flag, value, spec);
    }
  }
  return args;
}

function parseInteger(flag: string, value: string, spec: IntFlag): number {
  // Accept 1_000_000 and 1,000,000 for readability; reject 1e6, 1.5 and -3 with a clear reason.
  const cleaned = value.replace(/[_,]/g, '');
  if (!/^\d+$/.test(cleaned)) throw new ArgsError(`Option ${flag} must be a whole number, got "${value}".`);
  const parsed = Number(cleaned);
  if (parsed < spec.min || parsed > spec.max) {
    throw new ArgsError(
      `Option ${flag} must be between ${spec.min.toLocaleString('en-US')} and ${spec.max.toLocaleString('en-US')}, got ${value}.`,
    );
  }
  return parsed;
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

function example(flag: string): string {
  return flag === '--now' ? '--now 2025-03-01T12:00:00Z' : `${flag} ${flag === '--events' ? '1000000' : '10'}`;
}
