// Slows password guessing: after too many failed sign-ins for one email from one address, that
// pair is locked for a while. In memory on purpose: one server process serves the app, and a
// restart forgetting the counters is acceptable for a brute-force brake.

export type LoginLimitState = { locked: false } | { locked: true; retryAfterMs: number; minutes: number };

export type LoginRateLimiterOptions = {
  maxFailures?: number;
  windowMs?: number;
  lockMs?: number;
  /** Injectable clock, so tests need no real waiting. */
  now?: () => number;
  /** Above this many tracked keys, stale ones are swept so a flood of emails cannot grow memory forever. */
  maxKeys?: number;
};

export type LoginRateLimiter = {
  check(key: string): LoginLimitState;
  recordFailure(key: string): LoginLimitState;
  recordSuccess(key: string): void;
  size(): number;
};

type Entry = { failures: number[]; lockedUntil: number };

const MINUTE = 60_000;

export function createLoginRateLimiter(options: LoginRateLimiterOptions = {}): LoginRateLimiter {
  const { maxFailures = 5, windowMs = 15 * MINUTE, lockMs = 15 * MINUTE, now = Date.now, maxKeys = 10_000 } = options;
  const entries = new Map<string, Entry>();

  const stateOf = (entry: Entry | undefined, at: number): LoginLimitState => {
    if (!entry || entry.lockedUntil <= at) return { locked: false };
    const retryAfterMs = entry.lockedUntil - at;
    return { locked: true, retryAfterMs, minutes: Math.max(1, Math.ceil(retryAfterMs / MINUTE)) };
  };

  const sweep = (at: number) => {
    for (const [key, entry] of entries) {
      const recent = entry.failures.some((time) => at - time < windowMs);
      if (!recent && entry.lockedUntil <= at) entries.delete(key);
    }
  };

  return {
    check: (key) => stateOf(entries.get(key), now()),
    recordFailure(key) {
      const at = now();
      const entry = entries.get(key) ?? { failures: [], lockedUntil: 0 };
      // Only failures inside the window count; a lock that has run out starts a fresh count.
      entry.failures = entry.failures.filter((time) => at - time < windowMs && time >= entry.lockedUntil);
      entry.failures.push(at);
      if (entry.failures.length >= maxFailures) {
        entry.lockedUntil = at + lockMs;
        entry.failures = [];
      }
      entries.set(key, entry);
      if (entries.size > maxKeys) sweep(at);
      return stateOf(entry, at);
    },
    recordSuccess: (key) => void entries.delete(key),
    size: () => entries.size,
  };
}

/** One counter per email (case-insensitive) and client address. */
export function loginKey(email: string, ip: string): string {
  return `${email.trim().toLowerCase()}|${ip}`;
}

export function lockedMessage(minutes: number): string {
  return `Too many failed sign-ins. Try again in ${minutes} ${minutes === 1 ? 'minute' : 'minutes'}.`;
}

/** Shared across module copies (route bundles, dev reloads) in one process. */
const globalForLimiter = globalThis as unknown as { pathwiseLoginLimiter?: LoginRateLimiter };
export const loginRateLimiter: LoginRateLimiter = (globalForLimiter.pathwiseLoginLimiter ??= createLoginRateLimiter());
