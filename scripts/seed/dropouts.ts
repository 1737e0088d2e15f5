// The planted drop-outs: when each one leaves and how the weeks before look. They are spread over
// the last 60 days of the cohort so that many leave AFTER a cut-off 14 days earlier (what
// `risk-eval` scores against), and their run-ups differ the way real ones do: some fade over
// weeks, some stop abruptly (their last days look like anyone else's), and some keep logging in
// without finishing anything until they stop. Nothing here looks at the risk model.
import { Prng } from './prng';

export type DropoutStyle = 'fade' | 'abrupt' | 'idle';
/** Activity ends after `day`; the `runUpDays` before it fade (`fade`) or log in without finishing (`idle`). */
export type Dropout = { day: number; style: DropoutStyle; runUpDays: number };

/** How far back from "now" drop-outs are spread. */
export const DROPOUT_WINDOW_DAYS = 60;

/**
 * `rng` is the shared people stream: exactly three draws or two are taken from it, as before this
 * plan existed, so every other person's data stays the same. Details come from a stream of their own.
 */
export function planDropout(rng: Prng, seed: number, key: string, days: number, joinDay: number): Dropout {
  const position = rng.next();
  const abrupt = rng.chance(0.3);
  const base = abrupt ? 0 : rng.int(7, 16);
  const detail = Prng.derive(seed, key, 'dropout');
  const latest = days - 2;
  const earliest = Math.min(latest, Math.max(joinDay + 1, days - DROPOUT_WINDOW_DAYS, Math.floor(days * 0.3)));
  const day = Math.min(latest, earliest + Math.floor((latest - earliest + 1) * position));
  const room = Math.max(0, day - joinDay);
  if (abrupt) return { day, style: 'abrupt', runUpDays: 0 };
  if (detail.chance(0.4)) return { day, style: 'idle', runUpDays: Math.min(room, detail.int(14, 35)) };
  return { day, style: 'fade', runUpDays: Math.min(room, base + detail.int(0, 20)) };
}

export type DropoutPhase = 'active' | 'fading' | 'idle' | 'gone';

export function dropoutPhase(dropout: Dropout | null, dayIndex: number): DropoutPhase {
  if (!dropout) return 'active';
  if (dayIndex > dropout.day) return 'gone';
  if (dropout.day - dayIndex >= dropout.runUpDays) return 'active';
  return dropout.style === 'idle' ? 'idle' : 'fading';
}
