import { test } from 'node:test';
import assert from 'node:assert/strict';
import { addDays, ceilDay, dayStartIn, daysBetween, floorDay, isTimeZone, localDay, offsetAt, offsetPieces, weekStart } from './site-day';

const at = (iso: string) => new Date(iso);
const NY = 'America/New_York';
const SH = 'Asia/Shanghai';

test('validates zones with Intl', () => {
  assert.equal(isTimeZone('Asia/Shanghai'), true);
  assert.equal(isTimeZone('UTC'), true);
  assert.equal(isTimeZone('Mars/Olympus'), false);
  assert.equal(isTimeZone(''), false);
});

test('offsets, including both sides of New York’s daylight-saving changes', () => {
  assert.equal(offsetAt(SH, at('2026-11-03T00:00:00Z')), 8 * 3_600_000);
  assert.equal(offsetAt(NY, at('2026-01-15T12:00:00Z')), -5 * 3_600_000);
  assert.equal(offsetAt(NY, at('2026-07-15T12:00:00Z')), -4 * 3_600_000);
  // 2026-03-08 02:00 EST → 03:00 EDT, i.e. 07:00 UTC.
  assert.equal(offsetAt(NY, at('2026-03-08T06:59:59Z')), -5 * 3_600_000);
  assert.equal(offsetAt(NY, at('2026-03-08T07:00:00Z')), -4 * 3_600_000);
});

test('local days and where they start', () => {
  assert.equal(localDay(SH, at('2026-11-02T15:59:59Z')), '2026-11-02');
  assert.equal(localDay(SH, at('2026-11-02T16:00:00Z')), '2026-11-03');
  assert.deepEqual(dayStartIn(SH, '2026-11-03'), at('2026-11-02T16:00:00Z'));
  assert.deepEqual(dayStartIn(NY, '2026-01-15'), at('2026-01-15T05:00:00Z'));
  assert.deepEqual(dayStartIn('UTC', '2026-01-15'), at('2026-01-15T00:00:00Z'));
  // Zones whose transition skips midnight start that day at 01:00 (Santiago, September 2026).
  const santiago = dayStartIn('America/Santiago', '2026-09-06');
  assert.equal(localDay('America/Santiago', santiago), '2026-09-06');
  assert.notEqual(localDay('America/Santiago', new Date(santiago.getTime() - 1)), '2026-09-06');
});

test('days around a daylight-saving change are 23 and 25 hours long', () => {
  const march = daysBetween(NY, dayStartIn(NY, '2026-03-07'), dayStartIn(NY, '2026-03-10'));
  assert.deepEqual(
    march.map((d) => [d.day, (d.end.getTime() - d.start.getTime()) / 3_600_000]),
    [
      ['2026-03-07', 24],
      ['2026-03-08', 23],
      ['2026-03-09', 24],
    ],
  );
  const november = daysBetween(NY, at('2026-11-01T12:00:00Z'), at('2026-11-02T12:00:00Z'));
  assert.deepEqual(
    november.map((d) => [d.day, (d.end.getTime() - d.start.getTime()) / 3_600_000]),
    [
      ['2026-11-01', 25],
      ['2026-11-02', 24],
    ],
  );
});

test('floor and ceil to local midnights', () => {
  assert.deepEqual(floorDay(SH, at('2026-11-03T01:00:00Z')), at('2026-11-02T16:00:00Z'));
  assert.deepEqual(ceilDay(SH, at('2026-11-03T01:00:00Z')), at('2026-11-03T16:00:00Z'));
  assert.deepEqual(ceilDay(SH, at('2026-11-02T16:00:00Z')), at('2026-11-02T16:00:00Z'));
});

test('offset pieces split a range at each change', () => {
  assert.deepEqual(offsetPieces(SH, at('2026-01-01T00:00:00Z'), at('2026-12-31T00:00:00Z')), [{ until: null, offsetMs: 8 * 3_600_000 }]);
  assert.deepEqual(offsetPieces(NY, at('2026-03-01T00:00:00Z'), at('2026-11-30T00:00:00Z')), [
    { until: at('2026-03-08T07:00:00Z'), offsetMs: -5 * 3_600_000 },
    { until: at('2026-11-01T06:00:00Z'), offsetMs: -4 * 3_600_000 },
    { until: null, offsetMs: -5 * 3_600_000 },
  ]);
});

test('calendar arithmetic on labels', () => {
  assert.equal(addDays('2026-02-28', 1), '2026-03-01');
  assert.equal(addDays('2026-03-01', -1), '2026-02-28');
  assert.equal(weekStart('2026-11-08'), '2026-11-02'); // a Sunday → its Monday
  assert.equal(weekStart('2026-11-02'), '2026-11-02');
});
