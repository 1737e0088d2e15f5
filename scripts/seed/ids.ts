// Deterministic ids. Prisma's cuid() defaults are random, so the seed sets every id itself.
// Uniqueness comes from a per-kind counter pushed through a bijective 32-bit mix (never from the
// random part: sub-streams of a 32-bit PRNG can overlap at 10M rows); the PRNG only pads the id
// to the look of a cuid.
import { mix32, Prng } from './prng';

const BASE36 = '0123456789abcdefghijklmnopqrstuvwxyz';

export class IdFactory {
  private readonly counters = new Map<string, number>();
  private readonly rng: Prng;

  constructor(seed: number) {
    this.rng = Prng.derive(seed, 'ids');
  }

  /** A 25-character, cuid-shaped id, unique within `kind` (one kind per table). */
  next(kind: string): string {
    const count = (this.counters.get(kind) ?? 0) + 1;
    this.counters.set(kind, count);
    const unique = mix32(count ^ kindSalt(kind))
      .toString(36)
      .padStart(7, '0');
    return `c${unique}${this.rng.chars(17, BASE36)}`;
  }

  /** A UUID-v4-shaped id such as the SDK keeps in localStorage (anonId, clientId). */
  uuid(kind: string): string {
    const count = (this.counters.get(kind) ?? 0) + 1;
    this.counters.set(kind, count);
    const unique = mix32(count ^ kindSalt(kind))
      .toString(16)
      .padStart(8, '0');
    const hex = this.rng.chars(23, '0123456789abcdef');
    return `${unique}-${hex.slice(0, 4)}-4${hex.slice(4, 7)}-${'89ab'[this.rng.int(0, 3)]}${hex.slice(7, 10)}-${hex.slice(10, 22)}`;
  }
}

function kindSalt(kind: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < kind.length; i++) h = Math.imul(h ^ kind.charCodeAt(i), 0x01000193);
  return h >>> 0;
}
