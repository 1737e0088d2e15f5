// Token buckets per anonymised client network. In memory and per process: enough to stop one
// runaway page or script from flooding ingest; a fleet behind a load balancer needs its own edge limit.
import { HttpError } from '@/lib/http/errors';

export type RateLimit = { perSecond: number; burst: number };

type Bucket = { tokens: number; at: number };

export class RateLimiter {
  private buckets = new Map<string, Bucket>();

  constructor(private readonly limits: () => RateLimit) {}

  /** Takes one token for `key`, or throws 429 with Retry-After in whole seconds. */
  take(key: string, now = Date.now()): void {
    const { perSecond, burst } = this.limits();
    const bucket = this.buckets.get(key) ?? { tokens: burst, at: now };
    bucket.tokens = Math.min(burst, bucket.tokens + ((now - bucket.at) / 1000) * perSecond);
    bucket.at = now;
    if (bucket.tokens < 1) {
      this.buckets.set(key, bucket);
      const retryAfter = Math.max(1, Math.ceil((1 - bucket.tokens) / perSecond));
      throw new HttpError('rate_limited', `Too many requests from your network; retry in ${retryAfter} s.`, {
        'Retry-After': String(retryAfter),
      });
    }
    bucket.tokens -= 1;
    this.buckets.delete(key); // re-insert so the Map's order is least-recently-used first
    this.buckets.set(key, bucket);
    if (this.buckets.size > 50_000) this.buckets.delete(this.buckets.keys().next().value ?? '');
  }
}

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

export const collectLimiter = new RateLimiter(() => collectRateLimit());
