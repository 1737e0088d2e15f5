import { test } from 'node:test';
import assert from 'node:assert/strict';
import { extendSession, hasExpired, retiredClientId, startSession } from './sessionise';

const t0 = Date.parse('2025-03-01T10:00:00Z');
const at = (minutes: number) => new Date(t0 + minutes * 60_000);
const pv = (minutes: number, path: string) => ({ type: 'pageview', path, timestamp: at(minutes) });
const click = (minutes: number, path: string) => ({ type: 'click', path, timestamp: at(minutes) });

test('a new session takes entry, exit, counts and duration from its events', () => {
  const totals = startSession([pv(0, '/a'), click(1, '/a'), pv(2, '/b'), click(3, '/b')]);
  assert.deepEqual(totals, {
    startedAt: at(0),
    lastSeenAt: at(3),
    entryPath: '/a',
    exitPath: '/b',
    pageviews: 2,
    eventCount: 4,
    durationMs: 3 * 60_000,
    bounce: false,
  });
});

test('one pageview is a bounce; a session without pageviews uses the first path', () => {
  assert.equal(startSession([pv(0, '/a'), click(1, '/a')]).bounce, true);
  const clicks = startSession([click(0, '/x')]);
  assert.equal(clicks.entryPath, '/x');
  assert.equal(clicks.exitPath, '/x');
  assert.equal(clicks.pageviews, 0);
});

test('extending keeps the entry, moves the exit and adds up', () => {
  const first = startSession([pv(0, '/a')]);
  const next = extendSession(first, [pv(5, '/c'), click(6, '/c')]);
  assert.equal(next.entryPath, '/a');
  assert.equal(next.exitPath, '/c');
  assert.equal(next.pageviews, 2);
  assert.equal(next.eventCount, 3);
  assert.equal(next.durationMs, 6 * 60_000);
  assert.equal(next.bounce, false);
});

test('a late pageview from before the last activity does not become the exit', () => {
  const first = startSession([pv(0, '/a'), pv(10, '/b')]);
  const next = extendSession(first, [pv(5, '/late')]);
  assert.equal(next.exitPath, '/b');
  assert.equal(next.pageviews, 3);
});

test('30 minutes without activity expires a session', () => {
  assert.equal(hasExpired(at(0), at(30)), false);
  assert.equal(hasExpired(at(0), at(30.01)), true);
  assert.equal(hasExpired(at(0), at(5), 60_000), true);
});

test('retired client ids are unique per start time and keep the original as prefix', () => {
  const a = retiredClientId('abcdefgh', at(0));
  const b = retiredClientId('abcdefgh', at(1));
  assert.notEqual(a, b);
  assert.ok(a.startsWith('abcdefgh~'));
});

test('an empty session is refused', () => {
  assert.throws(() => startSession([]));
});
