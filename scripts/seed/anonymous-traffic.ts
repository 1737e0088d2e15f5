// Visitors who never sign in, on the academy and on the community forum. A new visitor's return
// visits are planned when it is created, so its Visitor row (first and last seen) can be written
// before any of its sessions while only the next fortnight's returns are ever held in memory.
import { sampleTime, type Day } from './calendar';
import type { Catalogue } from './catalogue';
import { anonymisedIp, inAppDevice, pickDevice, pickLanguage, type DeviceProfile } from './devices';
import { planAnonymousVisit, planForumVisit } from './guest-visits';
import type { IdFactory } from './ids';
import type { Prng } from './prng';
import { pickAcquisition, type Acquisition } from './referrers';
import { buildSession } from './session-builder';
import type { BatchWriter } from './writer';

export type SiteRef = { id: string; origin: string; kind: 'academy' | 'forum' };

type AnonVisitor = { id: string; site: SiteRef; device: DeviceProfile; language: string; ip: string };
type PlannedVisit = { visitor: AnonVisitor; start: number; durationMs: number; acquisition: Acquisition };

export class AnonymousTraffic {
  /** Return visits by day index; days are consumed in order, so this only holds the near future. */
  private readonly returns = new Map<number, PlannedVisit[]>();

  constructor(
    private readonly calendar: readonly Day[],
    private readonly catalogue: Catalogue,
    private readonly ids: IdFactory,
    private readonly writer: BatchWriter,
  ) {}

  /** Writes the return visits planned for this day. */
  async returningOn(day: Day, rng: Prng): Promise<void> {
    const visits = this.returns.get(day.index) ?? [];
    this.returns.delete(day.index);
    for (const visit of visits) await this.write(visit, rng);
  }

  /** A first-time visitor arriving on this day (plus any return visits it will make). */
  async newVisitor(day: Day, site: SiteRef, rng: Prng): Promise<boolean> {
    const start = sampleTime(rng, day);
    if (start === null) return false;
    const acquisition = pickAcquisition(rng, site.kind === 'forum' ? 'community' : 'anonymous');
    const device = acquisition.inApp ? inAppDevice(rng, acquisition.inApp) : pickDevice(rng);
    const visitor: AnonVisitor = { id: this.ids.next('visitor'), site, device, language: pickLanguage(rng), ip: anonymisedIp(rng) };
    const first: PlannedVisit = { visitor, start, durationMs: visitLength(rng), acquisition };

    // About a quarter come back, mostly directly, within the next two weeks.
    const later: Array<{ dayIndex: number; visit: PlannedVisit }> = [];
    const returns = rng.chance(0.25) ? rng.int(1, 3) : 0;
    for (let i = 0; i < returns; i++) {
      const dayIndex = day.index + rng.int(1, 14);
      const target = this.calendar[dayIndex];
      const at = target ? sampleTime(rng, target) : null;
      if (!target || at === null) continue;
      const durationMs = visitLength(rng);
      if (at + durationMs > target.end) continue;
      const back = rng.chance(0.6)
        ? pickAcquisition(rng, 'student')
        : pickAcquisition(rng, site.kind === 'forum' ? 'community' : 'anonymous');
      later.push({ dayIndex, visit: { visitor, start: at, durationMs, acquisition: { ...back, inApp: null } } });
    }
    // Sessions never run past "now" (or midnight), so first and last seen match the sessions.
    if (start + first.durationMs > day.end) first.durationMs = Math.max(1, day.end - start - 1);
    const ends = [first.start + first.durationMs, ...later.map(({ visit }) => visit.start + visit.durationMs)];
    this.writer.addVisitor({
      id: visitor.id,
      siteId: site.id,
      anonId: this.ids.uuid('anon'),
      userId: null,
      firstSeen: new Date(start),
      lastSeen: new Date(Math.max(...ends)),
    });
    for (const { dayIndex, visit } of later) {
      const list = this.returns.get(dayIndex) ?? [];
      list.push(visit);
      this.returns.set(dayIndex, list);
    }
    await this.write(first, rng);
    return true;
  }

  private async write(visit: PlannedVisit, rng: Prng): Promise<void> {
    const { visitor } = visit;
    const bounce = visit.durationMs < 40_000;
    const budget = bounce ? 1 : Math.min(12, 2 + Math.round(visit.durationMs / 70_000));
    const pages =
      visitor.site.kind === 'forum' ? planForumVisit(rng, budget) : planAnonymousVisit(rng, this.catalogue, visit.acquisition, budget);
    const { session, events } = buildSession(
      {
        siteId: visitor.site.id,
        origin: visitor.site.origin,
        sessionId: this.ids.next('session'),
        clientId: this.ids.uuid('client'),
        visitorId: visitor.id,
        userId: null,
        loginFirst: false,
        device: visitor.device,
        language: visitor.language,
        ip: visitor.ip,
        acquisition: visit.acquisition,
        start: visit.start,
        durationMs: visit.durationMs,
        pages,
      },
      rng,
    );
    this.writer.addSession(session, events);
    await this.writer.maybeFlush();
  }
}

/** About 40% bounce within seconds; the rest browse for a few minutes. */
function visitLength(rng: Prng): number {
  if (rng.chance(0.4)) return Math.round(Math.min(39_000, Math.max(2_000, rng.logNormal(9_000, 0.7))));
  return Math.round(Math.min(40 * 60_000, Math.max(40_000, rng.logNormal(3 * 60_000, 0.8))));
}
