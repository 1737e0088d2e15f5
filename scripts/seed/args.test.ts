import { test } from 'node:test';
import assert from 'node:assert/strict';
import { ArgsError, defaultNow, parseSeedArgs } from './args';

const clock = new Date('2025-03-01T12:34:56.789Z');

test('defaults: 300 students, 90 days, seed 1, now rounded down to the hour, no reset', () => {
  const args = parseSeedArgs([], clock);
  assert.deepEqual(args, {
    students: 300,
    days: 90,
    seed: 1,
    reset: false,
    now: new Date('2025-03-01T12:00:00Z'),
    quiet: false,
    help: false,
  });
  assert.equal(args.events, undefined);
});

test('reads every flag, in both --flag value and --flag=value forms', () => {
  const args = parseSeedArgs(
    ['--students', '12', '--days=5', '--events', '1_000_000', '--seed=7', '--now', '2025-01-02T03:00:00Z', '--reset', '--quiet'],
    clock,
  );
  assert.equal(args.students, 12);
  assert.equal(args.days, 5);
  assert.equal(args.events, 1_000_000);
  assert.equal(args.seed, 7);
  assert.equal(args.now.toISOString(), '2025-01-02T03:00:00.000Z');
  assert.equal(args.reset, true);
  assert.equal(args.quiet, true);
});

test('accepts thousands separators and time-zone offsets', () => {
  assert.equal(parseSeedArgs(['--events', '10,000,000'], clock).events, 10_000_000);
  assert.equal(parseSeedArgs(['--now', '2025-01-02T08:00+05:00'], clock).now.toISOString(), '2025-01-02T03:00:00.000Z');
});

const refusals: Array<[string[], RegExp]> = [
  [['--studnets', '5'], /Unknown option --studnets\. Known options: .*--students/],
  [['--students'], /Option --students needs a value/],
  [['--students', '--reset'], /Option --students needs a value/],
  [['--students', 'ten'], /--students must be a whole number, got "ten"/],
  [['--students', '1.5'], /--students must be a whole number/],
  [['--students', '-3'], /--students needs a value|whole number/],
  [['--students', '1'], /--students must be between 2 and 100,000, got 1/],
  [['--days', '0'], /--days must be between 2 and 3,650/],
  [['--events', '1e6'], /--events must be a whole number, got "1e6"/],
  [['--seed', '99999999999'], /--seed must be between 0 and 4,294,967,295/],
  [['--now', '2025-01-01'], /--now must be an ISO timestamp with a time zone/],
  [['--now', 'yesterday'], /--now must be an ISO timestamp/],
  [['--now', '2025-13-40T99:00:00Z'], /--now must be an ISO timestamp/],
  [['--reset=yes'], /--reset takes no value/],
  [['--seed', '1', '--seed', '2'], /--seed was given twice/],
  [['300'], /Unexpected argument "300"/],
];

for (const [argv, message] of refusals) {
  test(`refuses ${argv.join(' ')} with a clear message`, () => {
    assert.throws(
      () => parseSeedArgs(argv, clock),
      (error: unknown) => {
        assert.ok(error instanceof ArgsError, `expected ArgsError, got ${String(error)}`);
        assert.match(error.message, message);
        return true;
      },
    );
  });
}

test('defaultNow only drops minutes and below', () => {
  assert.equal(defaultNow(new Date('2025-06-30T23:59:59.999Z')).toISOString(), '2025-06-30T23:00:00.000Z');
});
