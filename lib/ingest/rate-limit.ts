// A request budget per anonymised client network, enough to stop one runaway page or script from
// flooding ingest. The counters live in the shared limit store (lib/limits/backend.ts), so a fleet
// of replicas enforces one budget, and the network comes from the trusted client address.
import { RateLimiterRes, type RateLimiterAbstract } from 'rate-limiter-flexible';
import { HttpError } from '@/lib/http/errors';
import { limiter } from '@/lib/limits/backend';

export type RateLimit = { perSecond: number; burst: number };

/**
 * PATHWISE_COLLECT_RATE="<requests per second>[/<burst>]" per anonymised IP (a /24 or /48, so a
 * whole school behind one NAT shares it — hence the generous default). Read on every call so
 * tests and operators can change it without a restart.
 */
export function collectRateLimit(raw = process.env.PATHWISE_COLLECT_RATE): RateLimit {
  const [rate, burst] = (raw ?? '').split('/').map(Number);
  const perSecond = rate && rate > 0 ? rate : 200;
  return { perSecond, burst: burst && burst > 0 ? burst : perSecond * 5 };
}

/** `burst` requests per window of burst/perSecond seconds: the same average rate, in whole seconds. */
export function collectLimiter(limit = collectRateLimit()): RateLimiterAbstract {
  return limiter({ prefix: 'collect', points: limit.burst, durationSeconds: Math.max(1, Math.round(limit.burst / limit.perSecond)) });
}

// The last setting seen and its limiter: a request pays one environment read and a comparison.
let current: { raw: string | undefined; limiter: RateLimiterAbstract } | undefined;

/** The collect limiter for the current PATHWISE_COLLECT_RATE (re-made only when it changes). */
export function currentCollectLimiter(raw = process.env.PATHWISE_COLLECT_RATE): RateLimiterAbstract {
  if (!current || current.raw !== raw) current = { raw, limiter: collectLimiter(collectRateLimit(raw)) };
  return current.limiter;
}

/** Takes one request from `key`'s budget, or throws 429 with Retry-After in whole seconds. */
export async function takeToken(target: RateLimiterAbstract, key: string): Promise<void> {
  try {
    await target.consume(key);
  } catch (rejection) {
    if (!(rejection instanceof RateLimiterRes)) throw rejection;
    const retryAfter = Math.max(1, Math.ceil(rejection.msBeforeNext / 1000));
    throw new HttpError('rate_limited', `Too many requests from your network; retry in ${retryAfter} s.`, {
      'Retry-After': String(retryAfter),
    });
  }
}
