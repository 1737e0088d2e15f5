// fast-check generators shared by the property tests of ingest and anonymisation: card numbers
// as people write them, e-mail addresses, and the text around them.
import fc from 'fast-check';
import { luhnValid } from './pii';

/** A Luhn-valid 13–19 digit number starting 2–6 (every card network's range). */
export const cardDigits = fc
  .tuple(
    fc.constantFrom('2', '3', '4', '5', '6'),
    fc.integer({ min: 11, max: 17 }),
    fc.array(fc.integer({ min: 0, max: 9 }), { minLength: 17, maxLength: 17 }),
  )
  .map(([first, middle, pool]) => {
    const body = first + pool.slice(0, middle).join('');
    for (let check = 0; check <= 9; check++) if (luhnValid(body + check)) return body + check;
    throw new Error('unreachable: one check digit always fits');
  });

/** The digits grouped as a person would type them: runs of 1–6 joined by a space, dash or dot. */
export const writtenCard = fc
  .tuple(cardDigits, fc.constantFrom('', ' ', '-', '.', '%20'), fc.array(fc.integer({ min: 1, max: 6 }), { minLength: 19, maxLength: 19 }))
  .map(([digits, separator, sizes]) => {
    const groups: string[] = [];
    for (let at = 0, i = 0; at < digits.length; i++) {
      groups.push(digits.slice(at, at + sizes[i]!));
      at += sizes[i]!;
    }
    return { digits, text: groups.join(separator) };
  });

export const email = fc.emailAddress();

/** Text around a secret; the tests put a space on each side so a number stays the number it is. */
export const around = fc.string({ maxLength: 20 });
