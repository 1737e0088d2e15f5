import { z } from 'zod';

/** `?limit=` as a bounded whole number. */
export function limitParam(max: number, fallback: number) {
  return z.coerce.number({ error: 'limit must be a number' }).int('limit must be a whole number').min(1).max(max).default(fallback);
}
