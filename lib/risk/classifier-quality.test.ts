import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { auc, confusion, type Labelled } from './classifier-quality';
import { fnv1a, splitOf } from './split';

const item = (score: number, positive: boolean): Labelled => ({ score, positive });

describe('auc', () => {
  test('perfect ranking → 1, inverted → 0', () => {
    assert.equal(auc([item(0.9, true), item(0.8, true), item(0.2, false), item(0.1, false)]), 1);
    assert.equal(auc([item(0.1, true), item(0.9, false)]), 0);
  });
  test('all tied → 0.5', () => assert.equal(auc([item(0.5, true), item(0.5, false), item(0.5, true), item(0.5, false)]), 0.5));
  test('one misordered pair out of four → 0.75', () => {
    assert.equal(auc([item(0.9, true), item(0.4, true), item(0.6, false), item(0.1, false)]), 0.75);
  });
  test('a tie between a positive and a negative counts half', () => {
    // pairs: (0.7 vs 0.7) = 0.5, (0.7 vs 0.2) = 1 → 1.5 / 2
    assert.equal(auc([item(0.7, true), item(0.7, false), item(0.2, false)]), 0.75);
  });
  test('one class missing → NaN', () => assert.ok(Number.isNaN(auc([item(0.3, true)]))));
});

describe('confusion', () => {
  const items = [item(0.9, true), item(0.85, false), item(0.5, true), item(0.1, false)];
  test('precision and recall at a threshold', () => {
    const result = confusion(items, (score) => score > 0.8);
    assert.deepEqual({ tp: result.tp, fp: result.fp, fn: result.fn, tn: result.tn }, { tp: 1, fp: 1, fn: 1, tn: 1 });
    assert.equal(result.precision, 0.5);
    assert.equal(result.recall, 0.5);
    assert.equal(result.f1, 0.5);
  });
  test('nothing flagged → precision NaN, recall 0', () => {
    const result = confusion(items, () => false);
    assert.ok(Number.isNaN(result.precision));
    assert.equal(result.recall, 0);
    assert.equal(result.f1, 0);
  });
});

describe('split', () => {
  test('FNV-1a matches the reference vectors', () => {
    assert.equal(fnv1a(''), 0x811c9dc5);
    assert.equal(fnv1a('a'), 0xe40c292c);
  });
  test('is stable and roughly halves a cohort', () => {
    const ids = Array.from({ length: 1000 }, (_, i) => `student-${i}`);
    assert.equal(splitOf('abc'), splitOf('abc'));
    const tune = ids.filter((id) => splitOf(id) === 'tune').length;
    assert.ok(tune > 430 && tune < 570, `tune half has ${tune} of 1000`);
  });
});
