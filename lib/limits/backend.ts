// Where the login lock-outs and the collect rate limit keep their counters, so every replica sees
// the same ones: Redis when PATHWISE_REDIS_URL is set, else the PostgreSQL database (table
// rate_limits), else this process's memory, which is right for SQLite (one process) and is said
// once at start-up so nobody runs replicas on it by mistake.
import { Redis } from 'ioredis';
import pg from 'pg';
import { RateLimiterMemory, RateLimiterPostgres, RateLimiterRedis, type RateLimiterAbstract } from 'rate-limiter-flexible';
import { parseDatabaseUrl } from '@/lib/database-url';

export type LimitBackend = 'redis' | 'postgres' | 'memory';
export type LimitEnv = Record<string, string | undefined>;

export type LimiterSpec = {
  /** Separates this limiter's keys from the others' in the shared store. */
  prefix: string;
  points: number;
  durationSeconds: number;
};

export type LimitStore = {
  backend: LimitBackend;
  /** The limiter for `spec` on this store; the same instance for the same spec. */
  limiter(spec: LimiterSpec): RateLimiterAbstract;
  close(): Promise<void>;
};

export function limitBackend(env: LimitEnv = process.env): LimitBackend {
  if (env.PATHWISE_REDIS_URL?.trim()) return 'redis';
  return parseDatabaseUrl(env.DATABASE_URL).provider === 'postgres' ? 'postgres' : 'memory';
}

export function limitBackendNote(backend = limitBackend()): string {
  if (backend === 'redis') return 'login and collect limits are shared through Redis (PATHWISE_REDIS_URL)';
  if (backend === 'postgres') return 'login and collect limits are shared through PostgreSQL (table rate_limits)';
  return 'login and collect limits are kept in memory, per process (set PATHWISE_REDIS_URL or use PostgreSQL to share them)';
}

/** One process's connection to the store the environment names (each replica makes its own). */
export function createLimitStore(env: LimitEnv = process.env): LimitStore {
  const backend = limitBackend(env);
  let redis: Redis | undefined;
  let pool: pg.Pool | undefined;
  if (backend === 'redis') {
    // Commands wait for the connection (start-up, a brief reconnect) but give up after one retry
    // while Redis is away; the insurance limiter below then counts in memory.
    redis = new Redis(env.PATHWISE_REDIS_URL ?? '', { maxRetriesPerRequest: 1, connectTimeout: 2000 });
    redis.on('error', (error: Error) => console.error(`[pathwise] limits: Redis: ${error.message}`));
  } else if (backend === 'postgres') {
    pool = new pg.Pool({ connectionString: parseDatabaseUrl(env.DATABASE_URL).url, max: 4, connectionTimeoutMillis: 5000 });
    pool.on('error', (error: Error) => console.error(`[pathwise] limits: PostgreSQL: ${error.message}`));
  }
  const limiters = new Map<string, RateLimiterAbstract>();
  return {
    backend,
    limiter(spec) {
      const id = `${spec.prefix}:${spec.points}:${spec.durationSeconds}`;
      const existing = limiters.get(id);
      if (existing) return existing;
      const options = { keyPrefix: spec.prefix, points: spec.points, duration: spec.durationSeconds };
      // With the store away the counters fall back to this process's memory rather than refusing everyone.
      const insuranceLimiter = new RateLimiterMemory(options);
      const made = redis
        ? new RateLimiterRedis({ ...options, storeClient: redis, insuranceLimiter })
        : pool
          ? new RateLimiterPostgres({
              ...options,
              storeClient: pool,
              tableName: 'rate_limits',
              tableCreated: true,
              clearExpiredByTimeout: false,
              insuranceLimiter,
            })
          : insuranceLimiter;
      limiters.set(id, made);
      return made;
    },
    async close() {
      await redis?.quit().catch(() => undefined);
      await pool?.end().catch(() => undefined);
    },
  };
}

// One store per process, shared by every module copy (Next's route bundles and our own server).
const globalForLimits = globalThis as unknown as { pathwiseLimits?: LimitStore };

/** The limiter for `spec` on this process's store. */
export function limiter(spec: LimiterSpec): RateLimiterAbstract {
  return (globalForLimits.pathwiseLimits ??= createLimitStore()).limiter(spec);
}
