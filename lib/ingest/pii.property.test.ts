// Property tests: whatever text surrounds it and however it is written, no card number and no
// e-mail address gets through redaction, in any field a browser batch can fill.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import type { SiteConfig } from '@/lib/sites/lookup';
import { prepareBatch } from './enrich';
import { around, cardDigits, email, writtenCard } from './pii-generators';
import { redact, redactNumber } from './pii';

const site: SiteConfig = {
  id: 'site-1',
  key: 'demo',
  domains: ['a.test'],
  respectDnt: true,
  requireConsent: false,
  captureText: true,
  captureMouse: true,
  trustBrowserLearningEvents: false,
  trustBrowserIdentity: false,
  createdAt: new Date('2024-01-01T00:00:00Z'),
};
const now = Date.parse('2026-06-01T12:00:00Z');
const digitsOf = (text: string) => text.replace(/\D/g, '');

test('a card number, written with any separators inside any text, never survives redact()', () => {
  fc.assert(
    fc.property(writtenCard, fc.string({ maxLength: 20 }), fc.string({ maxLength: 20 }), ({ digits, text }, before, after) => {
      const out = redact(`${before} ${text} ${after}`);
      assert.ok(!out.includes(text), out);
      assert.ok(!digitsOf(out).includes(digits), out);
    }),
    { numRuns: 2000 },
  );
});

test('a card number sent as a number never survives', () => {
  fc.assert(
    fc.property(cardDigits, fc.boolean(), (digits, negative) => {
      const value = Number(digits) * (negative ? -1 : 1);
      const out = redactNumber(value);
      assert.ok(out === '[card]' || !digitsOf(String(out)).includes(digits), String(out));
    }),
    { numRuns: 1000 },
  );
});

test('an e-mail address inside any text never survives redact()', () => {
  fc.assert(
    fc.property(around, email, around, (before, address, after) => {
      const out = redact(`${before} ${address} ${after}`);
      assert.ok(!out.toLowerCase().includes(address.toLowerCase()), out);
    }),
    { numRuns: 2000 },
  );
});

/** Every string and number in a value, keys included: what would be written to the database. */
function texts(value: unknown): string[] {
  if (typeof value === 'string') return [value];
  if (typeof value === 'number') return [String(value)];
  if (Array.isArray(value)) return value.flatMap(texts);
  if (value && typeof value === 'object' && !(value instanceof Date))
    return Object.entries(value).flatMap(([key, item]) => [key, ...texts(item)]);
  return [];
}

type Needle = { text: string; email?: string; card?: string };
const needle: fc.Arbitrary<Needle> = fc.oneof(
  fc.tuple(around, email, around).map(([b, address, a]) => ({ text: `${b} ${address} ${a}`, email: address })),
  fc.tuple(around, writtenCard, around).map(([b, card, a]) => ({ text: `${b} ${card.text} ${a}`, card: card.digits })),
);

function survives(stored: string[], n: Needle): boolean {
  if (n.email) return stored.some((text) => text.toLowerCase().includes(n.email!.toLowerCase()));
  return stored.some((text) => digitsOf(text).includes(n.card!));
}

test('no field of a prepared browser batch keeps a card number or an e-mail address', () => {
  fc.assert(
    fc.property(fc.array(needle, { minLength: 12, maxLength: 12 }), email, cardDigits, (n, keyAddress, numericCard) => {
      const s = n.map((item) => item.text);
      const prepared = prepareBatch(
        {
          site: 'demo',
          sent: now,
          lang: s[0]!,
          screen: s[1]!,
          events: [
            {
              type: 'click',
              ts: now,
              name: s[2]!,
              url: `https://a.test/?q=${s[3]!}`,
              title: s[4]!,
              ref: s[5]!,
              el: { id: s[6]!, cls: s[7]!, tag: s[8]!, text: s[9]! },
              props: { [s[10]!]: s[11]!, [keyAddress]: 1, amount: Number(numericCard) },
            },
          ],
        },
        site,
        { source: 'BROWSER', userAgent: null, ip: null, now },
        { anonId: 'anon1234', clientId: 'sess1234', userId: null, identity: null },
      );
      const stored = texts(prepared);
      for (const item of [...n, { text: '', email: keyAddress }, { text: '', card: numericCard }])
        assert.ok(!survives(stored, item), `${JSON.stringify(item)} survived in ${JSON.stringify(stored)}`);
    }),
    { numRuns: 300 },
  );
});
