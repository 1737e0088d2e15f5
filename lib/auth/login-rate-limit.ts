// Slows password guessing in two ways at once: five failures for one account within 15 minutes
// lock that account from everywhere, and fifty failures from one network (an IPv4 /24 or IPv6 /48)
// lock that network. Keyed by the account as well as the network, so switching addresses gains a
// guesser nothing, and keyed by the trusted client address (lib/http/client-address.ts), so nobody
// can aim a network lock at somebody else's address. The counters live in the shared limit store
// (lib/limits/backend.ts), so every replica sees them.
import { createHash } from 'node:crypto';
import type { RateLimiterAbstract, RateLimiterRes } from 'rate-limiter-flexible';
import { anonymizeIp } from '@/lib/ingest/ip';
import { limiter, type LimiterSpec, type LimitStore } from '@/lib/limits/backend';

export type LoginLimitState = { locked: false } | { locked: true; retryAfterMs: number; minutes: number };

const WINDOW_SECONDS = 15 * 60;
export const ACCOUNT_FAILURES = 5;
export const NETWORK_FAILURES = 50;
/** A lock lasts this long from the failure that set it, however the window ran. */
const LOCK_SECONDS = 15 * 60;

export type LoginLimiters = { account: RateLimiterAbstract; network: RateLimiterAbstract };

const ACCOUNT: LimiterSpec = { prefix: 'login-account', points: ACCOUNT_FAILURES, durationSeconds: WINDOW_SECONDS };
const NETWORK: LimiterSpec = { prefix: 'login-network', points: NETWORK_FAILURES, durationSeconds: WINDOW_SECONDS };

/** This process's limiters, or those of another store (tests stand in for other replicas with one). */
export function sharedLoginLimiters(store?: LimitStore): LoginLimiters {
  const make = store ? store.limiter : limiter;
  return { account: make(ACCOUNT), network: make(NETWORK) };
}

/** A hash, so the shared store never holds e-mail addresses; case and spaces do not make a new account. */
export function accountKey(email: string): string {
  return createHash('sha256').update(email.trim().toLowerCase()).digest('base64url').slice(0, 32);
}

/** The network prefix, never the raw address; requests with no known address share one key. */
export function networkKey(address: string | null): string {
  return anonymizeIp(address) ?? 'unknown';
}

export function lockState(res: RateLimiterRes | null, points: number): LoginLimitState {
  if (!res || res.consumedPoints < points || res.msBeforeNext <= 0) return { locked: false };
  return { locked: true, retryAfterMs: res.msBeforeNext, minutes: Math.max(1, Math.ceil(res.msBeforeNext / 60_000)) };
}

function longer(a: LoginLimitState, b: LoginLimitState): LoginLimitState {
  if (!a.locked) return b;
  if (!b.locked) return a;
  return a.retryAfterMs >= b.retryAfterMs ? a : b;
}

export async function loginLockState(email: string, address: string | null, limits = sharedLoginLimiters()): Promise<LoginLimitState> {
  const [account, network] = await Promise.all([limits.account.get(accountKey(email)), limits.network.get(networkKey(address))]);
  return longer(lockState(account, ACCOUNT_FAILURES), lockState(network, NETWORK_FAILURES));
}

async function countFailure(target: RateLimiterAbstract, key: string, points: number): Promise<LoginLimitState> {
  const res = await target.penalty(key, 1);
  // The failure that reaches the limit starts a full lock, even late in the window.
  if (res.consumedPoints === points) return lockState(await target.block(key, LOCK_SECONDS), points);
  return lockState(res, points);
}

export async function recordLoginFailure(email: string, address: string | null, limits = sharedLoginLimiters()): Promise<LoginLimitState> {
  const [account, network] = await Promise.all([
    countFailure(limits.account, accountKey(email), ACCOUNT_FAILURES),
    countFailure(limits.network, networkKey(address), NETWORK_FAILURES),
  ]);
  return longer(account, network);
}

/** A success clears the account's count; the network's stays, or one known password would reset a guesser's budget. */
export async function recordLoginSuccess(email: string, limits = sharedLoginLimiters()): Promise<void> {
  await limits.account.delete(accountKey(email));
}

export function lockedMessage(minutes: number): string {
  return `Too many failed sign-ins. Try again in ${minutes} ${minutes === 1 ? 'minute' : 'minutes'}.`;
}
