import { test } from 'node:test';
import assert from 'node:assert/strict';
import { formatDay, formatMinutes } from './dates';

test('formatMinutes', () => {
  assert.equal(formatMinutes(0), '0 min');
  assert.equal(formatMinutes(59), '59 min');
  assert.equal(formatMinutes(60), '1 h');
  assert.equal(formatMinutes(135), '2 h 15 min');
});
test('formatDay is UTC', () => assert.equal(formatDay('2026-03-03T23:30:00Z'), '3 Mar 2026'));
