import { test } from 'node:test';
import assert from 'node:assert/strict';
import { factorInWords, heaviestFactors, heaviestInWords } from './factor-words';
import { startersFor } from './starters';
import type { FactorResult } from '@/lib/risk/factors';

const f = (key: FactorResult['key'], raw: number | null, contribution: number): FactorResult => ({
  key,
  raw,
  normalised: 0,
  weight: 0,
  contribution,
});

test('the two heaviest factors, in plain words', () => {
  const factors = [f('streak', 0, 0.05), f('daysInactive', 12, 0.4), f('loginFrequency', 0, 0.25), f('sessionDuration', null, 0.1)];
  assert.deepEqual(
    heaviestFactors(factors).map((x) => x.key),
    ['daysInactive', 'loginFrequency'],
  );
  assert.equal(heaviestInWords(factors), 'no activity for 12 days; 0 logins in 3 weeks');
});

test('each factor has words for its unknown and edge values', () => {
  assert.equal(factorInWords(f('daysInactive', 1, 0)), 'no activity for 1 day');
  assert.equal(factorInWords(f('loginFrequency', 1, 0)), '3 logins in 3 weeks');
  assert.equal(factorInWords(f('questCompletion', null, 0)), 'no quest started in 2 weeks');
  assert.equal(factorInWords(f('questCompletion', 0.5, 0)), 'finished 50% of the quests started in 2 weeks');
  assert.equal(factorInWords(f('sessionDuration', 4.5, 0)), 'sessions average 4.5 min');
  assert.equal(factorInWords(f('streak', 0, 0)), 'no days in a row right now');
});

test('two or three conversation starters, heaviest factor first, no repeats', () => {
  const starters = startersFor(['daysInactive', 'loginFrequency']);
  assert.equal(starters.length, 3);
  assert.match(starters[0]!, /working on/);
  assert.match(starters[1]!, /fits best/);
  assert.equal(new Set(starters).size, 3);
  assert.equal(startersFor(['streak']).length, 2);
});
