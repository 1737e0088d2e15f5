import { test } from 'node:test';
import assert from 'node:assert/strict';
import { decodeItems, pagePaths, summarise, toItem, type ItemEvent } from './items';

const at = (minute: number) => new Date(Date.UTC(2031, 0, 1, 0, minute));
const ev = (minute: number, type: string, value: string | null, visitorId = 'v1'): ItemEvent => ({
  type,
  path: type === 'custom' ? null : value,
  name: type === 'custom' ? value : null,
  visitorId,
  at: at(minute),
});

test('pageviews with a path and custom events with a name are items; the rest are not', () => {
  assert.deepEqual(toItem({ type: 'pageview', path: '/a', name: null }), { type: 'pageview', path: '/a' });
  assert.deepEqual(toItem({ type: 'custom', path: '/a', name: 'quest_started' }), { type: 'custom', name: 'quest_started' });
  assert.equal(toItem({ type: 'pageview', path: null, name: null }), null);
  assert.equal(toItem({ type: 'custom', path: '/a', name: null }), null);
  assert.equal(toItem({ type: 'click', path: '/a', name: 'x' }), null);
});

test('a summary keeps order, entry, exit, counts and the item span; decoding gives the items back', () => {
  const s = summarise([
    ev(1, 'pageview', '/'),
    ev(2, 'click', '/'),
    ev(3, 'custom', 'quest_started'),
    ev(4, 'pageview', '/quests'),
    ev(5, 'pageview', '/quests'),
  ]);
  assert.deepEqual(
    { ...s, items: s.items },
    {
      visitorId: 'v1',
      firstAt: at(1),
      lastAt: at(5),
      entryPath: '/',
      exitPath: '/quests',
      pageCount: 3,
      itemCount: 4,
      items: 'p/\nequest_started\np/quests\np/quests',
    },
  );
  assert.deepEqual(pagePaths(decodeItems(s.items as string)), ['/', '/quests', '/quests']);
  assert.deepEqual(decodeItems(''), []);
});

test('a long session keeps its first items and counts them all', () => {
  const s = summarise(
    Array.from({ length: 10 }, (_, i) => ev(i, 'pageview', `/p${i}`)),
    4,
  );
  assert.equal(s.itemCount, 10);
  assert.equal(s.exitPath, '/p9');
  assert.deepEqual(pagePaths(decodeItems(s.items as string)), ['/p0', '/p1', '/p2', '/p3']);
});

test('an item holding the separator leaves no items (read raw); two visitors leave no visitor', () => {
  assert.equal(summarise([ev(1, 'pageview', '/a\nb')]).items, null);
  assert.equal(summarise([ev(1, 'pageview', '/a', 'v1'), ev(2, 'pageview', '/b', 'v2')]).visitorId, null);
  assert.deepEqual(summarise([]), {
    visitorId: null,
    firstAt: null,
    lastAt: null,
    entryPath: null,
    exitPath: null,
    pageCount: 0,
    itemCount: 0,
    items: '',
  });
});
