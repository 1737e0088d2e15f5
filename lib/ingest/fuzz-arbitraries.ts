// fast-check generators for the ingest fuzz test: batches that are valid, near-valid (one field
// wrong) and hostile (any JSON, odd strings, numbers past every limit). Not a test file itself.
import fc from 'fast-check';
import { EVENT_TYPES } from '@/lib/taxonomy';

const NASTY_STRINGS = [
  '\u0000',
  'a\u0000b',
  '\uD800',
  '\uDFFF\uD800',
  '\uFEFF',
  '\u202E',
  'a@b.co',
  '4111 1111 1111 1111',
  "'; DROP TABLE events; --",
  '<script>alert(1)</script>',
  '=cmd|"/c calc"!A1',
  '__proto__',
  'constructor',
  '%00',
  '\\',
  '😀'.repeat(300),
  'x'.repeat(5000),
];

const NASTY_NUMBERS = [
  0,
  -1,
  1,
  0.5,
  -0,
  2 ** 31,
  -(2 ** 31) - 1,
  2 ** 53,
  Number.MAX_SAFE_INTEGER,
  9_000_000_000_000_000,
  8.64e15,
  1e300,
  -1e300,
  Number.MIN_VALUE,
];

/** Any string, biased towards the ones that have broken something somewhere. */
export const hostileString = fc.oneof(
  fc.string({ maxLength: 40 }),
  fc.string({ unit: 'binary', maxLength: 40 }),
  fc.constantFrom(...NASTY_STRINGS),
  fc.tuple(fc.string({ maxLength: 10 }), fc.constantFrom(...NASTY_STRINGS)).map(([a, b]) => a + b),
);

export const hostileNumber = fc.oneof(fc.integer(), fc.double(), fc.constantFrom(...NASTY_NUMBERS));

/** A value of any JSON type, for fields that expect one in particular. */
export const anyValue = fc.oneof(hostileString, hostileNumber, fc.boolean(), fc.constant(null), fc.jsonValue({ maxDepth: 2 }));

const clientId = fc.stringMatching(/^[A-Za-z0-9_-]{8,64}$/);

export function validEvent(now: number) {
  const text = fc.oneof(fc.string({ maxLength: 30 }), fc.constantFrom(...NASTY_STRINGS.filter((s) => s.length < 200)));
  return fc.record(
    {
      type: fc.constantFrom(...EVENT_TYPES),
      ts: fc.integer({ min: now - 6 * 24 * 3600 * 1000, max: now }),
      name: text,
      url: fc.oneof(fc.webUrl(), text),
      title: text,
      ref: fc.oneof(fc.webUrl(), text),
      el: fc.record({ id: text, cls: text, tag: text, text }, { requiredKeys: [] }),
      x: fc.integer({ min: -1000, max: 10_000 }),
      y: fc.integer({ min: -1000, max: 10_000 }),
      depth: fc.integer({ min: 0, max: 100 }),
      ms: fc.integer({ min: 0, max: 3_600_000 }),
      props: fc.dictionary(
        fc.string({ minLength: 1, maxLength: 20 }),
        fc.oneof(text, fc.integer(), fc.double({ min: -1e6, max: 1e6, noNaN: true }), fc.boolean(), fc.constant(null)),
        { maxKeys: 5 },
      ),
    },
    { requiredKeys: ['type', 'ts', 'name'] },
  );
}

export function validBatch(siteKey: string, now: number) {
  return fc.record(
    {
      site: fc.constant(siteKey),
      anon: clientId,
      sid: clientId,
      sent: fc.integer({ min: now - 60_000, max: now + 60_000 }),
      lang: fc.constantFrom('en-GB', 'zh-CN', 'de', '\u0000'),
      screen: fc.constantFrom('1440x900', '390x844'),
      dnt: fc.boolean(),
      events: fc.array(validEvent(now), { minLength: 1, maxLength: 8 }),
    },
    { requiredKeys: ['site', 'anon', 'sid', 'events'] },
  );
}

/** A valid batch with one field, at the top or in one event, replaced by anything. */
export function nearValidBatch(siteKey: string, now: number) {
  const batchKeys = ['site', 'anon', 'sid', 'uid', 'sent', 'lang', 'screen', 'dnt', 'events', 'extra'];
  const eventKeys = ['type', 'ts', 'name', 'url', 'title', 'el', 'x', 'y', 'depth', 'ms', 'props', 'value'];
  return fc
    .tuple(validBatch(siteKey, now), fc.boolean(), fc.constantFrom(...batchKeys), fc.constantFrom(...eventKeys), anyValue)
    .map(([batch, inEvent, batchKey, eventKey, value]) => {
      if (!inEvent) return { ...batch, [batchKey]: value };
      const [first, ...rest] = batch.events;
      return { ...batch, events: [{ ...first, [eventKey]: value }, ...rest] };
    });
}

/** What a request body may be: a generated batch as JSON, or raw text that is not one. */
export function body(siteKey: string, now: number) {
  return fc.oneof(
    { weight: 4, arbitrary: validBatch(siteKey, now).map((b) => JSON.stringify(b)) },
    { weight: 4, arbitrary: nearValidBatch(siteKey, now).map((b) => JSON.stringify(b)) },
    { weight: 1, arbitrary: fc.jsonValue({ maxDepth: 4 }).map((b) => JSON.stringify(b)) },
    { weight: 1, arbitrary: fc.string({ unit: 'binary', maxLength: 200 }) },
  );
}

/** Query parameters for the pixel: the real ones with odd values, plus unknown ones. */
export function pixelQuery(siteKey: string) {
  return fc.record(
    {
      site: fc.oneof(fc.constant(siteKey), fc.constant(`${siteKey}\u0000`), hostileString),
      url: fc.oneof(fc.webUrl(), hostileString),
      ref: fc.oneof(fc.webUrl(), hostileString),
      title: hostileString,
      other: hostileString,
    },
    { requiredKeys: [] },
  );
}
