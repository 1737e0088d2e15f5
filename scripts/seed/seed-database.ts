// seedDatabase(db, options): the whole demo platform, in foreign-key order — sites and people,
// the catalogue, members' browsers, the traffic day by day, then the learning records the traffic
// implies. Called by the CLI, by `npm start` on an empty database, and by the tests.
import type { Db } from '../../lib/db';
import type { DatabaseProvider } from '../../lib/database-url';
import type { SiteRef } from './anonymous-traffic';
import { defaultNow } from './args';
import { userRows } from './accounts';
import { DAY_MS, buildCalendar, type Day } from './calendar';
import { COURSES_BY_INSTRUCTOR } from './catalogue-data';
import { buildCatalogue, catalogueRows } from './catalogue';
import { writeFoundation } from './foundation';
import { writeLearningRecords } from './learning-records';
import { DEMO_ACCOUNTS } from './demo-accounts';
import { anonymisedIp } from './devices';
import { IdFactory } from './ids';
import { Ledger } from './ledger';
import { buildMembers } from './members';
import { planPeople } from './people';
import { Progress, type ProgressStream } from './progress';
import { Prng } from './prng';
import { assertEmpty, detectProvider, resetDatabase } from './reset';
import { generateTraffic } from './traffic';
import { BatchWriter } from './writer';

export type SeedOptions = {
  students?: number;
  days?: number;
  /** Scale anonymous traffic so the total is about this many events. */
  events?: number;
  seed?: number;
  reset?: boolean;
  /** The fixed end of the data; defaults to the current time rounded down to the hour. */
  now?: Date;
  /** Where the progress bar goes (the CLI passes process.stderr); none by default. */
  progress?: ProgressStream | null;
  /** Event rows per write transaction (default 4000). */
  batchSize?: number;
  /** Detected from the client when omitted. */
  provider?: DatabaseProvider;
};

export type SeedSummary = {
  seed: number;
  now: string;
  days: number;
  sites: number;
  users: number;
  students: number;
  parents: number;
  dropouts: number;
  courses: number;
  quests: number;
  tasks: number;
  badges: number;
  visitors: number;
  sessions: number;
  events: number;
  enrollments: number;
  xpEntries: number;
  badgeAwards: number;
  /** --events, when given. */
  targetEvents: number | null;
  elapsedMs: number;
  eventsPerSecond: number;
};

export const ACADEMY_ORIGIN = 'http://localhost:3000';
export const FORUM_ORIGIN = 'https://community.pathwise.test';

export async function seedDatabase(db: Db, options: SeedOptions = {}): Promise<SeedSummary> {
  const started = performance.now();
  const seed = options.seed ?? 1;
  const studentCount = options.students ?? 300;
  const days = options.days ?? 90;
  const now = options.now ?? defaultNow();
  if (studentCount < 2) throw new Error('seedDatabase needs at least 2 students (the demo parent has two children)');
  if (days < 2) throw new Error('seedDatabase needs at least 2 days');

  const provider = options.provider ?? (await detectProvider(db));
  if (options.reset) await resetDatabase(db, provider);
  else await assertEmpty(db);

  const ids = new IdFactory(seed);
  const calendar = buildCalendar(now, days);
  const first = calendar[0] as Day;
  const academy: SiteRef = { id: ids.next('site'), origin: ACADEMY_ORIGIN, kind: 'academy' };
  const forum: SiteRef = { id: ids.next('site'), origin: FORUM_ORIGIN, kind: 'forum' };
  const people = planPeople(seed, ids, studentCount, calendar, COURSES_BY_INSTRUCTOR.flat().length);
  const catalogue = buildCatalogue(
    seed,
    ids,
    people.instructors.map((instructor) => instructor.id),
    new Date(first.start - 200 * DAY_MS),
  );
  const users = userRows(seed, people, calendar, new Set(DEMO_ACCOUNTS.map((account) => account.email)));
  const createdAt = new Map(users.map((user) => [user.id as string, new Date(user.createdAt as Date)]));
  const ledger = new Ledger(catalogue, ids);
  const { members, visitors, outcomes } = buildMembers({ seed, now, calendar, people, catalogue, ids, ledger, academy, createdAt });

  const catalogueData = catalogueRows(catalogue, academy.id);
  await writeFoundation(db, provider, {
    academy,
    forum,
    siteCreated: new Date(first.start - 400 * DAY_MS),
    users,
    people,
    createdAt,
    catalogueData,
    visitors,
    now,
  });

  const progress = new Progress(options.progress ?? null, 'events', options.events ?? null);
  let dayNote = '';
  let dayShare = 0;
  const writer = new BatchWriter(db, provider, options.batchSize ?? 4000, (written) => progress.update(written.events, dayShare, dayNote));
  const schoolRng = Prng.derive(seed, 'schools');
  await generateTraffic({
    seed,
    now: now.getTime(),
    calendar,
    catalogue,
    ids,
    writer,
    academy,
    forum,
    members,
    anonymousPerDay: Math.max(10, studentCount * 0.1),
    forumPerDay: Math.max(4, studentCount * 0.04),
    targetEvents: options.events,
    schoolIps: Array.from({ length: Math.max(2, Math.ceil(studentCount / 60)) }, () => anonymisedIp(schoolRng)),
    onDayDone: (day) => {
      dayShare = (day.index + 1) / days;
      dayNote = `day ${day.index + 1}/${days}`;
    },
  });
  await writer.close();

  const learning = await writeLearningRecords(db, ledger, outcomes, [...people.students, ...people.parents]);
  progress.finish(writer.written.events, `day ${days}/${days}`);

  const elapsedMs = Math.round(performance.now() - started);
  return {
    seed,
    now: now.toISOString(),
    days,
    sites: 2,
    users: users.length,
    students: people.students.length,
    parents: people.parents.length,
    dropouts: outcomes.filter((outcome) => outcome.droppedOut).length,
    courses: catalogue.courses.length,
    quests: catalogue.quests.length,
    tasks: catalogueData.tasks.length,
    badges: catalogue.badges.length,
    visitors: visitors.length + writer.written.visitors,
    sessions: writer.written.sessions,
    events: writer.written.events,
    enrollments: learning.enrollments.length,
    xpEntries: learning.xpEntries.length,
    badgeAwards: learning.badgeAwards.length,
    targetEvents: options.events ?? null,
    elapsedMs,
    eventsPerSecond: Math.round(writer.written.events / Math.max(0.001, elapsedMs / 1000)),
  };
}
