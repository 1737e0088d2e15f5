// The hold-out split for tuning and evaluating the risk model: a student belongs to one half by a
// hash of their id, fixed forever and independent of their data or outcome. Weights/windows may
// only be chosen on the "tune" half; `risk-eval` reports the "holdout" half.

export type Split = 'tune' | 'holdout';

/** FNV-1a (32-bit): small, stable across runs and platforms. */
export function fnv1a(text: string): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash >>> 0;
}

export function splitOf(userId: string): Split {
  return fnv1a(userId) % 2 === 0 ? 'tune' : 'holdout';
}
