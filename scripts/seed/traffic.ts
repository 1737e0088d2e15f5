// The day loop: for each calendar day, every member's sessions (students, parents), then return
// visits, forum readers and new anonymous visitors — enough of them, with --events, to keep the
// running total on course for the target. Only one day's worth of state is ever in flight.
import { AnonymousTraffic, type SiteRef } from './anonymous-traffic';
import { WEEKDAY_FACTORS, dayCoverage, type Day } from './calendar';
import { slotsOn, type Slot } from './activity';
import type { Catalogue } from './catalogue';
import type { DeviceProfile } from './devices';
import type { IdFactory } from './ids';
import type { ActivityProfile } from './people';
import { Prng } from './prng';
import { pickAcquisition, type Acquisition } from './referrers';
import { buildSession, type EventRow } from './session-builder';
import type { PageVisit } from './site-map';
import type { BatchWriter } from './writer';

/** Someone with an account whose sessions follow an activity profile. */
export type Member = {
  userId: string;
  profile: ActivityProfile;
  /** Visitor id per device index (null when that device is never used). */
  visitorIds: ReadonlyArray<string | null>;
  devices: readonly DeviceProfile[];
  language: string;
  homeIp: string;
  plan: (rng: Prng, slot: Slot, acquisition: Acquisition, day: Day) => PageVisit[];
  /** Sees each session's events (the ledger derives learning records from them). */
  afterSession?: (events: readonly EventRow[]) => void;
};

export type TrafficInput = {
  seed: number;
  now: number;
  calendar: readonly Day[];
  catalogue: Catalogue;
  ids: IdFactory;
  writer: BatchWriter;
  academy: SiteRef;
  forum: SiteRef;
  members: readonly Member[];
  /** New anonymous academy visitors on an ordinary weekday (ignored with targetEvents). */
  anonymousPerDay: number;
  forumPerDay: number;
  targetEvents?: number;
  schoolIps: readonly string[];
  onDayDone?: (day: Day) => void;
};

export async function generateTraffic(input: TrafficInput): Promise<void> {
  const { calendar, writer, seed } = input;
  const anonymous = new AnonymousTraffic(calendar, input.catalogue, input.ids, writer);
  const weights = calendar.map((day) => dayWeight(day, calendar.length));
  const totalWeight = weights.reduce((a, b) => a + b, 0);
  let cumulativeWeight = 0;

  for (const day of calendar) {
    for (const member of input.members) await memberSessions(input, member, day);

    const rng = Prng.derive(seed, 'anonymous', day.index);
    await anonymous.returningOn(day, rng);
    const forumCount = rng.poisson(input.forumPerDay * (weights[day.index] ?? 0));
    for (let i = 0; i < forumCount; i++) await anonymous.newVisitor(day, input.forum, rng);

    cumulativeWeight += weights[day.index] ?? 0;
    if (input.targetEvents) {
      // Fill up to this day's share of the target: early days never borrow from later ones.
      const target = (input.targetEvents * cumulativeWeight) / totalWeight;
      while (writer.queued.events < target) {
        const site = rng.chance(0.9) ? input.academy : input.forum;
        if (!(await anonymous.newVisitor(day, site, rng))) break;
      }
    } else {
      const count = rng.poisson(input.anonymousPerDay * (weights[day.index] ?? 0));
      for (let i = 0; i < count; i++) await anonymous.newVisitor(day, input.academy, rng);
    }
    input.onDayDone?.(day);
  }
}

/** Weekly rhythm, a partial today, and slow growth over the period (the platform is catching on). */
function dayWeight(day: Day, days: number): number {
  return (WEEKDAY_FACTORS[day.weekday] ?? 1) * dayCoverage(day) * (0.85 + (0.3 * day.index) / Math.max(1, days - 1));
}

async function memberSessions(input: TrafficInput, member: Member, day: Day): Promise<void> {
  const slots = slotsOn(input.seed, member.profile, day, input.now);
  for (let i = 0; i < slots.length; i++) {
    const slot = slots[i] as Slot;
    const visitorId = member.visitorIds[slot.device];
    const device = member.devices[slot.device];
    if (!visitorId || !device) throw new Error(`no visitor for ${member.profile.key} device ${slot.device}`);
    const rng = Prng.derive(input.seed, member.profile.key, 'visit', day.index, i);
    const acquisition = pickAcquisition(rng, 'student');
    const pages = member.plan(rng, slot, acquisition, day);
    // School hours on a weekday are spent on the school's network.
    const hour = new Date(slot.start).getUTCHours();
    const atSchool = day.weekday >= 1 && day.weekday <= 5 && hour >= 8 && hour < 15 && input.schoolIps.length > 0;
    const { session, events } = buildSession(
      {
        siteId: input.academy.id,
        origin: input.academy.origin,
        sessionId: input.ids.next('session'),
        clientId: input.ids.uuid('client'),
        visitorId,
        userId: member.userId,
        loginFirst: slot.login,
        device,
        language: member.language,
        ip: atSchool ? rng.pick(input.schoolIps) : member.homeIp,
        acquisition: { ...acquisition, inApp: null },
        start: slot.start,
        durationMs: slot.durationMs,
        pages,
      },
      rng,
    );
    member.afterSession?.(events);
    input.writer.addSession(session, events);
    await input.writer.maybeFlush();
  }
}
