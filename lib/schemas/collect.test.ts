import { test } from 'node:test';
import assert from 'node:assert/strict';
import { collectBatchSchema, MAX_EVENTS_PER_BATCH, MAX_TIMESTAMP_MS, serverBatchSchema, storableText } from './collect';

const ids = { anon: 'anon_12345678', sid: 'sess-12345678' };
const valid = {
  site: 'demo',
  ...ids,
  sent: 1_700_000_000_000,
  lang: 'zh-CN',
  screen: '390x844',
  events: [
    { type: 'pageview', ts: 1_700_000_000_000, url: 'https://a.test/', title: 'Home', ref: '', ms: 350 },
    { type: 'click', ts: 1_700_000_000_100, x: 10, y: 20, name: 'cta', el: { id: 'go', cls: 'btn', tag: 'a', text: 'Go' } },
    { type: 'custom', ts: 1_700_000_000_200, name: 'quest_started', props: { questId: 'q1', step: 2, done: false, none: null } },
  ],
};

test('a complete SDK batch parses', () => {
  const parsed = collectBatchSchema.parse(valid);
  assert.equal(parsed.events.length, 3);
  assert.equal(parsed.events[2]?.props?.questId, 'q1');
});

test('the browser batch needs anon and sid; the server batch does not', () => {
  const { anon: _a, sid: _s, ...serverish } = valid;
  assert.equal(collectBatchSchema.safeParse(serverish).success, false);
  assert.equal(serverBatchSchema.safeParse({ ...serverish, uid: 'ext-1' }).success, true);
});

test('refusals', () => {
  const bad: [string, unknown][] = [
    ['unknown type', { ...valid, events: [{ type: 'keystroke', ts: 1 }] }],
    ['custom without name', { ...valid, events: [{ type: 'custom', ts: 1 }] }],
    ['string timestamp', { ...valid, events: [{ type: 'pageview', ts: '2024-01-01' }] }],
    ['fractional coordinates', { ...valid, events: [{ type: 'click', ts: 1, x: 1.5 }] }],
    ['scroll depth over 100', { ...valid, events: [{ type: 'scroll', ts: 1, depth: 101 }] }],
    ['nested props', { ...valid, events: [{ type: 'custom', ts: 1, name: 'x', props: { a: { b: 1 } } }] }],
    [
      'too many props',
      {
        ...valid,
        events: [{ type: 'custom', ts: 1, name: 'x', props: Object.fromEntries(Array.from({ length: 31 }, (_, i) => [`k${i}`, i])) }],
      },
    ],
    ['unknown event field (e.g. a form value)', { ...valid, events: [{ type: 'form_submit', ts: 1, value: 'secret' }] }],
    ['unknown element field', { ...valid, events: [{ type: 'click', ts: 1, el: { value: 'x' } }] }],
    ['unknown batch field', { ...valid, ip: '1.2.3.4' }],
    ['no events', { ...valid, events: [] }],
    ['too many events', { ...valid, events: Array.from({ length: MAX_EVENTS_PER_BATCH + 1 }, () => valid.events[0]) }],
    ['short ids', { ...valid, anon: 'abc' }],
    ['ids with odd characters', { ...valid, sid: 'abc def ghi' }],
    ['bad screen', { ...valid, screen: 'big' }],
    ['long text', { ...valid, events: [{ type: 'click', ts: 1, el: { text: 'x'.repeat(501) } }] }],
  ];
  for (const [name, input] of bad) assert.equal(collectBatchSchema.safeParse(input).success, false, name);
});

test('errors point at the failing path', () => {
  const result = collectBatchSchema.safeParse({ ...valid, events: [valid.events[0], { type: 'scroll', ts: 1, depth: 400 }] });
  assert.equal(result.success, false);
  assert.deepEqual(result.error?.issues[0]?.path, ['events', 1, 'depth']);
});

test('strings are made storable on every provider: NUL dropped, lone surrogates replaced', () => {
  assert.equal(storableText('a\u0000b\u0000'), 'ab');
  assert.equal(storableText('\uDFFF\uD800'), '\uFFFD\uFFFD');
  assert.equal(storableText('😀 ok'), '😀 ok');
  const parsed = collectBatchSchema.parse({
    ...valid,
    site: 'de\u0000mo',
    events: [{ type: 'custom', ts: 1, name: 'n\u0000', props: { 'k\u0000': 'v\u0000' } }],
  });
  assert.equal(parsed.site, 'demo');
  assert.deepEqual(parsed.events[0]?.props, { k: 'v' });
});

test('timestamps and numbers are bounded, so none reaches Date or the database out of range', () => {
  for (const ts of [0, -1, 9_000_000_000_000_000, MAX_TIMESTAMP_MS + 1]) {
    assert.equal(collectBatchSchema.safeParse({ ...valid, events: [{ type: 'pageview', ts }] }).success, false, String(ts));
  }
  assert.equal(collectBatchSchema.safeParse({ ...valid, sent: 9e15 }).success, false);
  assert.equal(
    collectBatchSchema.safeParse({ ...valid, events: [{ type: 'custom', ts: 1, name: 'x', props: { n: 1e300 } }] }).success,
    false,
  );
});
