// Students and parents as traffic "members": their browsers (one Visitor per device, first/last
// seen known ahead from the activity look-ahead), their learning state, and their known outcome.
import { summariseActivity } from './activity';
import type { SiteRef } from './anonymous-traffic';
import type { Day } from './calendar';
import type { Catalogue } from './catalogue';
import { anonymisedIp, pickDevice } from './devices';
import { planParentVisit } from './guest-visits';
import type { IdFactory } from './ids';
import { Learner } from './learner';
import type { Ledger } from './ledger';
import type { ActivityProfile, People } from './people';
import { Prng } from './prng';
import { planStudentVisit } from './student-visit';
import type { Member } from './traffic';
import type { VisitorRow } from './writer';

export type OutcomeRow = { userId: string; droppedOut: boolean; droppedAt: Date | null; recordedAt: Date };

export type MemberSetup = {
  seed: number;
  now: Date;
  calendar: readonly Day[];
  people: People;
  catalogue: Catalogue;
  ids: IdFactory;
  ledger: Ledger;
  academy: SiteRef;
  createdAt: ReadonlyMap<string, Date>;
};

export function buildMembers(setup: MemberSetup): { members: Member[]; visitors: VisitorRow[]; outcomes: OutcomeRow[] } {
  const { seed, people, catalogue, ledger, calendar } = setup;
  const members: Member[] = [];
  const visitors: VisitorRow[] = [];
  const outcomes: OutcomeRow[] = [];
  const externalIds = people.students.map((student) => student.externalId);

  const browsers = (userId: string, profile: ActivityProfile) => {
    const summary = summariseActivity(seed, profile, calendar, setup.now.getTime());
    const visitorIds = summary.devices.map((seen) => {
      if (!seen) return null;
      const id = setup.ids.next('visitor');
      visitors.push({
        id,
        siteId: setup.academy.id,
        anonId: setup.ids.uuid('anon'),
        userId,
        firstSeen: new Date(seen.firstSeen),
        lastSeen: new Date(seen.lastSeen),
      });
      return id;
    });
    const devices = profile.deviceKinds.map((kind, i) => pickDevice(Prng.derive(seed, profile.key, 'device', i), kind));
    return { summary, visitorIds, devices, homeIp: anonymisedIp(Prng.derive(seed, profile.key, 'ip')) };
  };

  for (const student of people.students) {
    const { summary, ...browser } = browsers(student.id, student.profile);
    const learner = new Learner(catalogue, student);
    const enrolledAt = new Date((setup.createdAt.get(student.id) as Date).getTime() + 10 * 60_000);
    for (const course of learner.enrolledCourses) ledger.enrol(student.id, course, enrolledAt);
    members.push({
      userId: student.id,
      profile: student.profile,
      language: student.language,
      ...browser,
      plan: (rng, slot, acquisition, day) =>
        planStudentVisit({
          rng,
          learner,
          catalogue,
          slot,
          dayIndex: day.index,
          acquisition,
          peer: () => {
            const id = rng.pick(externalIds);
            return id === student.externalId ? (externalIds[(student.index + 1) % externalIds.length] as string) : id;
          },
          onEnrol: (course) => ledger.enrol(student.id, course, new Date(slot.start)),
        }),
      afterSession: (events) => ledger.apply(events),
    });
    const { dropout } = student.profile;
    const droppedAt = dropout ? new Date(summary.lastActivity ?? (calendar[dropout.day] as Day).start) : null;
    outcomes.push({ userId: student.id, droppedOut: dropout !== null, droppedAt, recordedAt: setup.now });
  }

  for (const parent of people.parents) {
    const { summary: _summary, ...browser } = browsers(parent.id, parent.profile);
    const children = parent.childIndexes.map((index) => {
      const child = people.students[index];
      if (!child) throw new Error(`parent ${parent.email} has no child #${index}`);
      return { externalId: child.externalId, name: child.name };
    });
    members.push({
      userId: parent.id,
      profile: parent.profile,
      language: parent.language,
      ...browser,
      plan: (rng, slot) => planParentVisit(rng, children, slot.login),
      // Only their logins matter to the ledger (lastLoginAt).
      afterSession: (events) => ledger.apply(events),
    });
  }
  return { members, visitors, outcomes };
}
