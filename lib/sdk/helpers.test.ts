import { test } from 'node:test';
import assert from 'node:assert/strict';
import { cleanProps, clip, linkKind, newMilestones, nextSession, privacySignal } from './helpers';

test('clip collapses whitespace, trims and bounds', () => {
  assert.equal(clip('  Start\n   quest  '), 'Start quest');
  assert.equal(clip('x'.repeat(300))?.length, 200);
  assert.equal(clip('abcdef', 3), 'abc');
  assert.equal(clip('   '), undefined);
  assert.equal(clip(null), undefined);
  assert.equal(clip(42), '42');
});

test('sessions continue within 30 minutes and restart after', () => {
  let n = 0;
  const make = () => `id${++n}`;
  const t = 1_700_000_000_000;
  const [first, stored] = nextSession(null, t, make);
  assert.equal(first, 'id1');
  const [same, stored2] = nextSession(stored, t + 29 * 60_000, make);
  assert.equal(same, 'id1');
  // The 30 minutes count from the last activity, not from the start.
  const [still] = nextSession(stored2, t + 58 * 60_000, make);
  assert.equal(still, 'id1');
  const [expired] = nextSession(stored2, t + 60 * 60_000, make);
  assert.equal(expired, 'id2');
  assert.equal(nextSession('garbage', t, make)[0], 'id3');
});

test('scroll milestones fire once each', () => {
  const seen: number[] = [];
  assert.deepEqual(newMilestones(10, seen), []);
  assert.deepEqual(newMilestones(60, seen), [25, 50]);
  assert.deepEqual(newMilestones(55, seen), []);
  assert.deepEqual(newMilestones(100, seen), [75, 100]);
  assert.deepEqual(newMilestones(100, seen), []);
});

test('downloads and outbound links', () => {
  assert.equal(linkKind('https://a.test/files/report.PDF', 'a.test', false), 'download');
  assert.equal(linkKind('/export', 'a.test', true), 'download');
  assert.equal(linkKind('https://other.test/', 'a.test', false), 'outbound');
  assert.equal(linkKind('https://a.test:8443/', 'a.test', false), 'outbound');
  assert.equal(linkKind('/quests', 'a.test', false), undefined);
  assert.equal(linkKind('mailto:x@y.z', 'a.test', false), undefined);
  assert.equal(linkKind('#top', 'a.test', false), undefined);
});

test('track() props are reduced to what the server accepts', () => {
  assert.deepEqual(cleanProps({ a: 1, b: 'x', c: true, d: null, e: { nested: 1 }, f: [1], g: NaN, h: () => 1, i: undefined }), {
    a: 1,
    b: 'x',
    c: true,
    d: null,
  });
  assert.equal(Object.keys(cleanProps(Object.fromEntries(Array.from({ length: 40 }, (_, i) => [`k${i}`, i]))) ?? {}).length, 30);
  assert.equal(cleanProps({ ['k'.repeat(65)]: 1 })?.['k'.repeat(65)], undefined);
  assert.equal(cleanProps('nope'), undefined);
  assert.equal(cleanProps(null), undefined);
});

test('DNT and GPC', () => {
  assert.equal(privacySignal({ doNotTrack: '1' }), true);
  assert.equal(privacySignal({ globalPrivacyControl: true }), true);
  assert.equal(privacySignal({ doNotTrack: 'unspecified', globalPrivacyControl: false }), false);
  assert.equal(privacySignal({}), false);
});
