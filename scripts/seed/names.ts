// Given names and family names for generated people; siblings share a family name with a parent.
import type { Prng } from './prng';

const GIVEN = [
  'Ava',
  'Liam',
  'Mia',
  'Noah',
  'Zoe',
  'Ethan',
  'Leah',
  'Omar',
  'Isla',
  'Lucas',
  'Chloe',
  'Mateo',
  'Aisha',
  'Kai',
  'Nora',
  'Theo',
  'Priya',
  'Felix',
  'Yara',
  'Hugo',
  'Mei',
  'Arjun',
  'Lina',
  'Oscar',
  'Sofia',
  'Jonah',
  'Amara',
  'Ravi',
  'Elena',
  'Tariq',
  'Hana',
  'Leo',
  'Wen',
  'Maya',
  'Samir',
  'Iris',
  'Diego',
  'Freya',
  'Kofi',
  'Ines',
  'Yusuf',
  'Lucia',
  'Finn',
  'Anya',
  'Jun',
  'Zara',
  'Eli',
  'Rosa',
] as const;

const FAMILY = [
  'Nguyen',
  'Smith',
  'Garcia',
  'Chen',
  'Okafor',
  'Patel',
  'Kim',
  'Müller',
  'Rossi',
  'Santos',
  'Haddad',
  'Johansson',
  'Wang',
  'Lopez',
  'Ibrahim',
  'Tanaka',
  'Novak',
  'Dubois',
  'Mensah',
  'Kowalski',
  'Singh',
  'Brown',
  'Silva',
  'Ahmed',
  'Li',
  'Murphy',
  'Cohen',
  'Zhang',
] as const;

const PARENT_GIVEN = ['Sam', 'Alex', 'Jamie', 'Morgan', 'Chris', 'Dana', 'Pat', 'Robin', 'Lee', 'Kim', 'Taylor', 'Casey'] as const;

export function givenName(rng: Prng): string {
  return rng.pick(GIVEN);
}

export function familyName(rng: Prng): string {
  return rng.pick(FAMILY);
}

export function parentGivenName(rng: Prng): string {
  return rng.pick(PARENT_GIVEN);
}
