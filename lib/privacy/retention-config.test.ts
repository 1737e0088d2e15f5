import { test } from 'node:test';
import assert from 'node:assert/strict';
import { resolveRetentionConfig, RetentionConfigError } from './retention-config';

const env = (values: Record<string, string>) => values as NodeJS.ProcessEnv;

test('defaults: anonymise after 90 days, delete after 730', () => {
  const config = resolveRetentionConfig(undefined, env({}));
  assert.deepEqual(config, {
    anonymiseAfterDays: 90,
    deleteAfterDays: 730,
    sources: { anonymiseAfterDays: 'default', deleteAfterDays: 'default' },
  });
});

test('the environment overrides the defaults, the saved setting overrides the environment', () => {
  const fromEnv = resolveRetentionConfig(undefined, env({ PATHWISE_ANONYMISE_AFTER_DAYS: '30', PATHWISE_DELETE_AFTER_DAYS: ' 365 ' }));
  assert.equal(fromEnv.anonymiseAfterDays, 30);
  assert.equal(fromEnv.deleteAfterDays, 365);
  assert.deepEqual(fromEnv.sources, { anonymiseAfterDays: 'env', deleteAfterDays: 'env' });

  const saved = resolveRetentionConfig(
    { deleteAfterDays: 400 },
    env({ PATHWISE_ANONYMISE_AFTER_DAYS: '30', PATHWISE_DELETE_AFTER_DAYS: '365' }),
  );
  assert.equal(saved.anonymiseAfterDays, 30);
  assert.equal(saved.deleteAfterDays, 400);
  assert.deepEqual(saved.sources, { anonymiseAfterDays: 'env', deleteAfterDays: 'setting' });
});

test('an empty env value means "not set"', () => {
  assert.equal(resolveRetentionConfig(undefined, env({ PATHWISE_ANONYMISE_AFTER_DAYS: '' })).anonymiseAfterDays, 90);
});

test('non-numbers, negatives, fractions and units in the environment are refused by name', () => {
  for (const bad of ['abc', '-5', '1.5', '90d', '1e3', '0x10']) {
    assert.throws(
      () => resolveRetentionConfig(undefined, env({ PATHWISE_ANONYMISE_AFTER_DAYS: bad })),
      (error: unknown) =>
        error instanceof RetentionConfigError &&
        error.message.includes(`PATHWISE_ANONYMISE_AFTER_DAYS="${bad}" is not a whole number of days`),
    );
  }
});

test('zero days is refused: it would anonymise everything at once', () => {
  assert.throws(
    () => resolveRetentionConfig(undefined, env({ PATHWISE_ANONYMISE_AFTER_DAYS: '0' })),
    /PATHWISE_ANONYMISE_AFTER_DAYS \(anonymiseAfterDays\) must be at least 1 day/,
  );
});

test('deletion must come after anonymisation', () => {
  assert.throws(
    () => resolveRetentionConfig(undefined, env({ PATHWISE_ANONYMISE_AFTER_DAYS: '100', PATHWISE_DELETE_AFTER_DAYS: '100' })),
    /PATHWISE_DELETE_AFTER_DAYS \(deleteAfterDays\) must be longer than the anonymisation period \(anonymise after 100 days, delete after 100 days\)/,
  );
  assert.throws(
    () => resolveRetentionConfig(undefined, env({ PATHWISE_DELETE_AFTER_DAYS: '30' })),
    /must be longer than the anonymisation period/,
  );
  assert.throws(() => resolveRetentionConfig({ anonymiseAfterDays: 800 }, env({})), /the default deleteAfterDays must be longer/);
});

test('a nonsense saved setting is refused with the field named', () => {
  assert.throws(
    () => resolveRetentionConfig({ anonymiseAfterDays: -3 }, env({})),
    /saved retention setting is invalid: anonymiseAfterDays must be at least 1 day/,
  );
  assert.throws(() => resolveRetentionConfig({ deleteAfterDays: '730' }, env({})), /deleteAfterDays must be a whole number of days/);
  assert.throws(() => resolveRetentionConfig({ deleteAfterDays: 10.5 }, env({})), /deleteAfterDays must be a whole number of days/);
  assert.throws(() => resolveRetentionConfig({ keepForever: true }, env({})), /saved retention setting is invalid/);
  assert.throws(() => resolveRetentionConfig('ninety', env({})), /saved retention setting is invalid/);
});

test('absurdly long periods are refused', () => {
  assert.throws(() => resolveRetentionConfig({ deleteAfterDays: 1_000_000 }, env({})), /at most 36500 days/);
});
