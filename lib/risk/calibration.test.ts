import { test } from 'node:test';
import assert from 'node:assert/strict';
import { calibration } from './calibration';

const thresholds = { minimal: 0.3, moderate: 0.6, elevated: 0.8 };

test('observed drop-out rate per band, with the bands’ edges as the levels define them', () => {
  const items = [
    { score: 0.1, positive: false },
    { score: 0.29, positive: true },
    { score: 0.3, positive: false }, // moderate starts at 0.3
    { score: 0.8, positive: true }, // 0.8 is still elevated
    { score: 0.81, positive: true },
    { score: 0.95, positive: false },
  ];
  const bands = calibration(items, thresholds);
  assert.deepEqual(
    bands.map((band) => [band.level, band.students, band.dropouts, band.rate]),
    [
      ['minimal', 2, 1, 0.5],
      ['moderate', 1, 0, 0],
      ['elevated', 1, 1, 1],
      ['at_risk', 2, 1, 0.5],
    ],
  );
  assert.deepEqual(
    bands.map((band) => [band.from, band.to]),
    [
      [0, 0.3],
      [0.3, 0.6],
      [0.6, 0.8],
      [0.8, 1],
    ],
  );
});

test('an empty band has no rate rather than 0%', () => {
  const bands = calibration([{ score: 0.9, positive: true }], thresholds);
  assert.equal(bands[0]?.rate, null);
  assert.equal(bands[3]?.rate, 1);
});
