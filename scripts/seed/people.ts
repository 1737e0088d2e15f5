// Who is in the demo: staff, students (with their habits and, for some, a planted drop-out) and
// parents. Only the plan lives here; rows are made once the activity schedule is known.
import { personalHours, type Day } from './calendar';
import { DEMO_ADMIN, DEMO_INSTRUCTORS, DEMO_PARENT, DEMO_STUDENT, studentEmail, studentExternalId } from './demo-accounts';
import { pickDeviceKind, pickLanguage, type DeviceKind } from './devices';
import type { IdFactory } from './ids';
import { familyName, givenName, parentGivenName } from './names';
import { planDropout, type Dropout } from './dropouts';
import { Prng } from './prng';

export type ActivityProfile = {
  /** Names this person's PRNG streams. */
  key: string;
  /** Sessions per week when fully engaged. */
  rate: number;
  hours: number[];
  /** One visitor (browser) per device; the first is the usual one. */
  deviceKinds: DeviceKind[];
  /** No activity before this day index (late joiners). */
  joinDay: number;
  /** Planted drop-out (scripts/seed/dropouts.ts): how the run-up looks and the day activity ends after. */
  dropout: Dropout | null;
  /** A lull of a week or two: irregular but not gone. */
  pause: { from: number; to: number } | null;
  /** Engagement swings from week to week. */
  bursty: boolean;
  /** Guarantees a session in the last day (the demo student). */
  forcedRecent: boolean;
};

export type Staff = { id: string; email: string; name: string; role: 'ADMIN' | 'INSTRUCTOR' };
export type Student = {
  index: number;
  id: string;
  email: string;
  name: string;
  externalId: string;
  language: string;
  courseIndexes: number[];
  profile: ActivityProfile;
};
export type Parent = { id: string; email: string; name: string; childIndexes: number[]; language: string; profile: ActivityProfile };
export type People = { admin: Staff; instructors: Staff[]; students: Student[]; parents: Parent[] };

export const DROPOUT_SHARE = 0.17;

export function planPeople(seed: number, ids: IdFactory, studentCount: number, calendar: readonly Day[], courseCount: number): People {
  const rng = Prng.derive(seed, 'people');
  const days = calendar.length;
  const admin: Staff = { id: ids.next('user'), email: DEMO_ADMIN.email, name: DEMO_ADMIN.name, role: 'ADMIN' };
  const instructors: Staff[] = DEMO_INSTRUCTORS.map((account) => ({
    id: ids.next('user'),
    email: account.email,
    name: account.name,
    role: 'INSTRUCTOR',
  }));

  // A fixed share of students (never the demo student) drop out, chosen by shuffling.
  const candidates = rng.shuffle(Array.from({ length: studentCount - 1 }, (_, i) => i + 1));
  const dropouts = new Set(candidates.slice(0, Math.max(1, Math.round(DROPOUT_SHARE * (studentCount - 1)))));

  // Families: the demo parent has the demo student and student001; others one or two children.
  const families: number[][] = [[0, 1]];
  for (let i = 2; i < studentCount;) {
    const size = i + 1 < studentCount && rng.chance(0.3) ? 2 : 1;
    families.push(Array.from({ length: size }, (_, k) => i + k));
    i += size;
  }
  const surnames = new Map<number, string>();
  families.forEach((family, f) => family.forEach((child) => surnames.set(child, f === 0 ? 'Parker' : familyName(rng))));
  for (const family of families) for (const child of family.slice(1)) surnames.set(child, surnames.get(family[0] as number) as string);

  const students: Student[] = [];
  for (let index = 0; index < studentCount; index++) {
    const demo = index === 0;
    const language = pickLanguage(rng);
    students.push({
      index,
      id: ids.next('user'),
      email: demo ? DEMO_STUDENT.email : studentEmail(index),
      name: demo ? DEMO_STUDENT.name : `${givenName(rng)} ${surnames.get(index)}`,
      externalId: studentExternalId(index),
      language,
      courseIndexes: demo
        ? [0, 3, 7].filter((c) => c < courseCount)
        : rng.shuffle(Array.from({ length: courseCount }, (_, c) => c)).slice(0, rng.int(2, 4)),
      profile: demo ? demoStudentProfile() : studentProfile(rng, seed, `student-${index}`, days, dropouts.has(index)),
    });
  }

  const parents: Parent[] = [];
  families.forEach((family, f) => {
    const demo = f === 0;
    // Not every family has a parent account; the demo family always does.
    if (!demo && !rng.chance(0.6)) return;
    parents.push({
      id: ids.next('user'),
      email: demo ? DEMO_PARENT.email : `parent${String(parents.length).padStart(3, '0')}@pathwise.test`,
      name: demo ? DEMO_PARENT.name : `${parentGivenName(rng)} ${surnames.get(family[0] as number)}`,
      childIndexes: family,
      language: students[family[0] as number]?.language ?? 'en-US',
      profile: {
        key: `parent-${f}`,
        rate: demo ? 2.5 : rng.logNormal(0.7, 0.5),
        hours: personalHours(rng.int(18, 22), 1.5),
        deviceKinds: [
          rng.weighted([
            ['mobile', 60],
            ['desktop', 40],
          ] as const),
        ],
        joinDay: 0,
        dropout: null,
        pause: null,
        bursty: rng.chance(0.3),
        forcedRecent: demo,
      },
    });
  });
  return { admin, instructors, students, parents };
}

function demoStudentProfile(): ActivityProfile {
  return {
    key: 'student-0',
    rate: 4,
    hours: personalHours(17, 1.2),
    deviceKinds: ['desktop', 'mobile'],
    joinDay: 0,
    dropout: null,
    pause: null,
    bursty: false,
    forcedRecent: true,
  };
}

function studentProfile(rng: Prng, seed: number, key: string, days: number, dropsOut: boolean): ActivityProfile {
  const deviceKinds: DeviceKind[] = [pickDeviceKind(rng)];
  if (rng.chance(0.4)) deviceKinds.push(deviceKinds[0] === 'mobile' ? 'desktop' : 'mobile');
  // Drop-outs start a little less engaged on average, but the ranges overlap a lot.
  const rate = Math.min(7, Math.max(0.4, rng.logNormal(dropsOut ? 1.3 : 1.7, 0.55)));
  const joinDay = rng.chance(0.15) ? rng.int(1, Math.max(1, Math.floor(days * 0.5))) : 0;
  const dropout = dropsOut ? planDropout(rng, seed, key, days, joinDay) : null;
  // Some who stay are irregular: a lull that may have just ended, or (a holiday, an illness) may
  // still be going on today — those look exactly like drop-outs until they come back.
  let pause: ActivityProfile['pause'] = null;
  if (!dropsOut && rng.chance(0.14)) {
    const length = rng.int(5, 14);
    const kind = rng.weighted([
      ['just-ended', 3],
      ['ongoing', 2],
      ['earlier', 5],
    ] as const);
    const to =
      kind === 'ongoing'
        ? days + 7
        : kind === 'just-ended'
          ? days - rng.int(1, 3)
          : rng.int(joinDay + length, Math.max(joinDay + length, days - 2));
    pause = { from: kind === 'ongoing' ? days - length : to - length, to };
  }
  return {
    key,
    rate,
    hours: personalHours(
      rng.weighted([
        [10, 2],
        [16, 4],
        [18, 5],
        [20, 4],
        [22, 1],
      ] as const),
      rng.float(0.5, 2),
    ),
    deviceKinds,
    joinDay,
    dropout,
    pause,
    bursty: rng.chance(dropsOut ? 0.3 : 0.22),
    forcedRecent: false,
  };
}
