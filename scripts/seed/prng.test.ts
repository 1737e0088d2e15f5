import { test } from 'node:test';
import assert from 'node:assert/strict';
import { IdFactory } from './ids';
import { Prng, deriveSeed, mix32 } from './prng';

const draws = (rng: Prng, count: number) => Array.from({ length: count }, () => rng.next());

test('the same seed gives the same sequence', () => {
  assert.deepEqual(draws(new Prng(42), 1000), draws(new Prng(42), 1000));
});

test('the sequence is pinned, so data cannot change silently between machines or versions', () => {
  // 0.6270739405881613 is mulberry32's well-known first output for seed 1.
  assert.equal(new Prng(1).next(), 0.6270739405881613);
  const rng = new Prng(1);
  assert.deepEqual(
    Array.from({ length: 3 }, () => rng.uint32()),
    [2693262067, 11749833, 2265367787],
  );
});

test('different seeds give different sequences', () => {
  assert.notDeepEqual(draws(new Prng(1), 20), draws(new Prng(2), 20));
});

test('next() stays in [0, 1) and int() reaches both ends', () => {
  const rng = new Prng(7);
  const seen = new Set<number>();
  for (let i = 0; i < 20_000; i++) {
    const value = rng.next();
    assert.ok(value >= 0 && value < 1, `out of range: ${value}`);
    seen.add(rng.int(3, 6));
  }
  assert.deepEqual([...seen].sort(), [3, 4, 5, 6]);
});

test('derived streams depend on every tag and on their order', () => {
  assert.equal(deriveSeed(1, 'student', 3), deriveSeed(1, 'student', 3));
  assert.notEqual(deriveSeed(1, 'student', 3), deriveSeed(1, 'student', 4));
  assert.notEqual(deriveSeed(1, 'student', 3), deriveSeed(2, 'student', 3));
  assert.notEqual(deriveSeed(1, 'a', 'b'), deriveSeed(1, 'b', 'a'));
  // Numbers and strings must not collide ("1" vs 1).
  assert.notEqual(deriveSeed(1, '1'), deriveSeed(1, 1));
  assert.deepEqual(draws(Prng.derive(9, 'day', 4), 10), draws(Prng.derive(9, 'day', 4), 10));
});

test('mix32 is a bijection on a sample (ids rely on it for uniqueness)', () => {
  const outputs = new Set<number>();
  for (let i = 0; i < 100_000; i++) outputs.add(mix32(i));
  assert.equal(outputs.size, 100_000);
});

test('weighted() follows the weights and poisson() the mean', () => {
  const rng = new Prng(3);
  let heavy = 0;
  let total = 0;
  for (let i = 0; i < 20_000; i++) {
    if (
      rng.weighted([
        ['light', 1],
        ['heavy', 3],
      ] as const) === 'heavy'
    )
      heavy++;
    total += rng.poisson(2.5);
  }
  assert.ok(Math.abs(heavy / 20_000 - 0.75) < 0.02, `heavy share ${heavy / 20_000}`);
  assert.ok(Math.abs(total / 20_000 - 2.5) < 0.05, `poisson mean ${total / 20_000}`);
});

test('shuffle() returns a permutation and leaves its input alone', () => {
  const input = Array.from({ length: 50 }, (_, i) => i);
  const shuffled = new Prng(5).shuffle(input);
  assert.deepEqual(
    [...shuffled].sort((a, b) => a - b),
    input,
  );
  assert.notDeepEqual(shuffled, input);
  assert.deepEqual(
    input,
    Array.from({ length: 50 }, (_, i) => i),
  );
});

test('IdFactory ids are unique per kind, cuid-shaped and repeatable', () => {
  const make = () => {
    const ids = new IdFactory(11);
    return Array.from({ length: 50_000 }, (_, i) => (i % 2 ? ids.next('event') : ids.next('session')));
  };
  const first = make();
  assert.deepEqual(first, make());
  assert.equal(new Set(first).size, first.length);
  for (const id of first.slice(0, 100)) assert.match(id, /^c[0-9a-z]{24}$/);
  const uuids = new IdFactory(11);
  assert.match(uuids.uuid('anon'), /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
});
