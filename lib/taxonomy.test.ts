import { test } from 'node:test';
import assert from 'node:assert/strict';
import { categoryOf } from './taxonomy';

test('custom names that are Object.prototype keys are plain navigation, not a platform category', () => {
  for (const name of ['constructor', '__proto__', 'toString', 'hasOwnProperty']) assert.equal(categoryOf('custom', name), 'navigation');
});

test('platform event names keep their category; errors are errors', () => {
  assert.equal(categoryOf('custom', 'quest_completed'), 'quest');
  assert.equal(categoryOf('error', null), 'error');
  assert.equal(categoryOf('pageview', 'quest_completed'), 'navigation');
});
