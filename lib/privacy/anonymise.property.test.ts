// The anonymiser redacts what ingest redacts: no card number or e-mail address in any text field
// or anywhere in props (keys, nested values, numbers) survives it.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { around, cardDigits, email, writtenCard } from '@/lib/ingest/pii-generators';
import { anonymisedFields } from './anonymise';

const FIELDS = ['name', 'url', 'title', 'referrer', 'elementId', 'elementClasses', 'elementText', 'elementTag'] as const;
const secretText = fc.oneof(
  fc.tuple(around, email, around).map(([b, address, a]) => ({ text: `${b} ${address} ${a}`, needle: address })),
  fc.tuple(around, writtenCard, around).map(([b, card, a]) => ({ text: `${b} ${card.text} ${a}`, needle: card.digits })),
);
const leaks = (value: unknown, needle: string) => {
  const text = JSON.stringify(value) ?? '';
  return needle.includes('@') ? text.toLowerCase().includes(needle.toLowerCase()) : text.replace(/\D/g, '').includes(needle);
};

test('an old row keeps no card number or e-mail address in any field', () => {
  fc.assert(
    fc.property(fc.array(secretText, { minLength: 10, maxLength: 10 }), email, cardDigits, (secrets, key, card) => {
      const row = {
        id: 1,
        userId: 'u1',
        userAgent: 'UA',
        ip: '10.0.0.0',
        ...Object.fromEntries(FIELDS.map((field, i) => [field, secrets[i]!.text])),
        props: { [key]: { nested: [secrets[8]!.text, Number(card)] }, plain: secrets[9]!.text },
      } as unknown as Parameters<typeof anonymisedFields>[0];
      const data = anonymisedFields(row)!;
      const after = { ...row, ...data };
      for (const [i, field] of FIELDS.entries()) assert.ok(!leaks(after[field], secrets[i]!.needle), `${field}: ${String(after[field])}`);
      assert.ok(!leaks(after.props, key) && !leaks(after.props, card), JSON.stringify(after.props));
      for (const s of secrets.slice(8)) assert.ok(!leaks(after.props, s.needle), JSON.stringify(after.props));
    }),
    { numRuns: 300 },
  );
});
