// User, ParentChild and Setting rows for the planned people. Demo accounts get the shared demo
// password; everyone else has no password and cannot sign in.
import bcrypt from 'bcryptjs';
import type { Prisma } from '../../lib/db';
import { DAY_MS, HOUR_MS, type Day } from './calendar';
import { DEMO_PASSWORD, DEMO_SETTING_KEY, demoSettingValue } from './demo-accounts';
import type { People } from './people';
import { Prng } from './prng';

const BCRYPT_COST = 10;

/**
 * bcrypt with a salt drawn from the seed's PRNG instead of the OS: the demo password is public
 * anyway, and a fixed salt keeps "same seed ⇒ same rows" true for the password hashes too.
 */
export function demoPasswordHash(rng: Prng): string {
  const bytes = Array.from({ length: 16 }, () => rng.int(0, 255));
  return bcrypt.hashSync(DEMO_PASSWORD, `$2b$${BCRYPT_COST}$${bcrypt.encodeBase64(bytes, 16)}`);
}

/** When each account was created: staff long ago, students before (or on) the day they joined. */
export function accountCreatedAt(seed: number, key: string, joinDay: number, calendar: readonly Day[]): Date {
  const rng = Prng.derive(seed, key, 'created');
  const first = calendar[0] as Day;
  if (joinDay <= 0) return new Date(first.start - rng.int(1, 240) * DAY_MS - rng.int(0, 23) * HOUR_MS);
  const joined = calendar[joinDay] ?? first;
  return new Date(joined.start - rng.int(1, 20) * HOUR_MS);
}

export function userRows(
  seed: number,
  people: People,
  calendar: readonly Day[],
  demoEmails: ReadonlySet<string>,
): Prisma.UserCreateManyInput[] {
  const passwords = Prng.derive(seed, 'passwords');
  const hash = (email: string) => (demoEmails.has(email) ? demoPasswordHash(passwords) : null);
  const staffCreated = new Date((calendar[0] as Day).start - 300 * DAY_MS);
  const rows: Prisma.UserCreateManyInput[] = [];
  for (const staff of [people.admin, ...people.instructors]) {
    rows.push({
      id: staff.id,
      email: staff.email,
      name: staff.name,
      role: staff.role,
      passwordHash: hash(staff.email),
      externalId: null,
      createdAt: staffCreated,
      lastLoginAt: null,
    });
  }
  for (const student of people.students) {
    rows.push({
      id: student.id,
      email: student.email,
      name: student.name,
      role: 'STUDENT',
      passwordHash: hash(student.email),
      externalId: student.externalId,
      createdAt: accountCreatedAt(seed, student.profile.key, student.profile.joinDay, calendar),
      lastLoginAt: null,
    });
  }
  for (const parent of people.parents) {
    rows.push({
      id: parent.id,
      email: parent.email,
      name: parent.name,
      role: 'PARENT',
      passwordHash: hash(parent.email),
      externalId: null,
      createdAt: accountCreatedAt(seed, parent.profile.key, 0, calendar),
      lastLoginAt: null,
    });
  }
  return rows;
}

/** Links are made when the later of the two accounts exists. */
export function parentChildRows(people: People, createdAt: ReadonlyMap<string, Date>): Prisma.ParentChildCreateManyInput[] {
  return people.parents.flatMap((parent) =>
    parent.childIndexes.map((index) => {
      const child = people.students[index];
      if (!child) throw new Error(`parent ${parent.email} has no child #${index}`);
      const linked = Math.max(createdAt.get(parent.id)?.getTime() ?? 0, createdAt.get(child.id)?.getTime() ?? 0);
      return { parentId: parent.id, childId: child.id, createdAt: new Date(linked + HOUR_MS) };
    }),
  );
}

export function demoSettingRow(now: Date): Prisma.SettingCreateManyInput {
  return { key: DEMO_SETTING_KEY, value: demoSettingValue(), updatedAt: now };
}
