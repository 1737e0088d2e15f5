// When a person is online: a few sessions on some days, derived from their profile and a PRNG
// stream of their own per day. Being a pure function of (seed, person, day) lets the seed look
// ahead (first/last visit, last login, drop-out time) without holding every session in memory.
import { HOUR_MS, WEEKDAY_FACTORS, dayCoverage, sampleTime, type Day } from './calendar';
import { dropoutPhase } from './dropouts';
import type { ActivityProfile } from './people';
import { Prng } from './prng';
import { SESSION_TIMEOUT_MS } from '../../lib/taxonomy';

export type Slot = {
  start: number;
  durationMs: number;
  /** Index into the profile's deviceKinds. */
  device: number;
  /** Signs in during this session (otherwise a remembered login). */
  login: boolean;
  /** 0–1: how engaged the person is that day (fading drop-outs are low). */
  engagement: number;
  /** False while an idle drop-out keeps logging in without finishing anything. */
  finishes: boolean;
};

const MEAN_WEEKDAY_FACTOR = WEEKDAY_FACTORS.reduce((a, b) => a + b, 0) / 7;

/** How engaged a person is on a day, before randomness: 0 means no activity at all. */
export function engagementOn(seed: number, profile: ActivityProfile, day: Day): number {
  if (day.index < profile.joinDay) return 0;
  const { dropout, pause } = profile;
  const phase = dropoutPhase(dropout, day.index);
  if (phase === 'gone') return 0;
  if (phase === 'fading' && dropout) return 0.2 + (0.8 * (dropout.day - day.index)) / dropout.runUpDays;
  if (pause && day.index >= pause.from && day.index <= pause.to) return 0;
  if (profile.bursty) {
    // One draw per week, so a bursty person has good and bad weeks rather than noisy days.
    return Prng.derive(seed, profile.key, 'week', Math.floor(day.index / 7)).weighted([
      [0.15, 1],
      [0.6, 2],
      [1.5, 2],
    ] as const);
  }
  return 1;
}

export function slotsOn(seed: number, profile: ActivityProfile, day: Day, now: number): Slot[] {
  const rng = Prng.derive(seed, profile.key, 'day', day.index);
  const engagement = engagementOn(seed, profile, day);
  // An idle drop-out still comes (and signs in more often) but stays briefly and finishes nothing.
  const idle = dropoutPhase(profile.dropout, day.index) === 'idle';
  const effort = idle ? 0.3 : engagement;
  const expected = ((profile.rate / 7) * (WEEKDAY_FACTORS[day.weekday] ?? 1) * engagement * dayCoverage(day)) / MEAN_WEEKDAY_FACTOR;
  const starts: number[] = [];
  const count = Math.min(4, rng.poisson(expected));
  for (let i = 0; i < count; i++) {
    const at = sampleTime(rng, day, profile.hours);
    if (at !== null) starts.push(at);
  }
  starts.sort((a, b) => a - b);

  const slots: Slot[] = [];
  let free = day.start;
  for (const wanted of starts) {
    // Fading students also stay for less time.
    const durationMs = Math.round(
      Math.min(80 * 60_000, Math.max(15_000, rng.logNormal(9 * 60_000, 0.75) * (0.55 + 0.45 * Math.min(1, effort)))),
    );
    // A new session needs a gap longer than the inactivity timeout, or it would be the same one.
    const start = Math.max(wanted, free);
    if (start + durationMs > day.end) break;
    slots.push({
      start,
      durationMs,
      device: pickDevice(rng, profile),
      login: rng.chance(idle ? 0.8 : 0.55),
      engagement: effort,
      finishes: !idle,
    });
    free = start + durationMs + SESSION_TIMEOUT_MS + rng.int(60_000, 3 * HOUR_MS);
  }
  return profile.forcedRecent ? withRecentSlot(seed, profile, day, now, slots) : slots;
}

function pickDevice(rng: Prng, profile: ActivityProfile): number {
  return profile.deviceKinds.length > 1 && rng.chance(0.3) ? 1 : 0;
}

/** The demo student (and parent) always signed in a few hours before "now". */
function withRecentSlot(seed: number, profile: ActivityProfile, day: Day, now: number, slots: Slot[]): Slot[] {
  const rng = Prng.derive(seed, profile.key, 'recent');
  const start = now - rng.int(2 * HOUR_MS, 8 * HOUR_MS);
  if (start < day.start || start >= day.end) return slots;
  const durationMs = rng.int(12, 25) * 60_000;
  const clear = (slot: Slot) =>
    slot.start + slot.durationMs + SESSION_TIMEOUT_MS < start || slot.start > start + durationMs + SESSION_TIMEOUT_MS;
  return [...slots.filter(clear), { start, durationMs, device: 0, login: true, engagement: 1, finishes: true }].sort(
    (a, b) => a.start - b.start,
  );
}

export type ActivitySummary = {
  /** Per device index: first session start and last session end, or null if never used. */
  devices: Array<{ firstSeen: number; lastSeen: number } | null>;
  lastLogin: number | null;
  lastActivity: number | null;
  sessions: number;
};

/** A look ahead over every day, for rows that must be written before the traffic itself. */
export function summariseActivity(seed: number, profile: ActivityProfile, calendar: readonly Day[], now: number): ActivitySummary {
  const summary: ActivitySummary = { devices: profile.deviceKinds.map(() => null), lastLogin: null, lastActivity: null, sessions: 0 };
  for (const day of calendar) {
    for (const slot of slotsOn(seed, profile, day, now)) {
      const end = slot.start + slot.durationMs;
      const seen = summary.devices[slot.device];
      summary.devices[slot.device] = seen ? { firstSeen: seen.firstSeen, lastSeen: end } : { firstSeen: slot.start, lastSeen: end };
      if (slot.login) summary.lastLogin = slot.start;
      summary.lastActivity = end;
      summary.sessions++;
    }
  }
  return summary;
}
