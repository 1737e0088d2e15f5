import { test } from 'node:test';
import assert from 'node:assert/strict';
import { anonymisedFields } from './anonymise';
import { retentionCutoffs } from './retention';
import { missingSpans } from './rollup-first';

const d = (iso: string) => new Date(iso);
const row = {
  id: 1,
  userId: null,
  userAgent: null,
  ip: null,
  name: null,
  url: null,
  title: null,
  referrer: null,
  elementId: null,
  elementClasses: null,
  elementText: null,
  elementTag: null,
  props: null,
};

test('deletion cutoffs fall on a UTC midnight; anonymisation cutoffs are exact', () => {
  const cutoffs = retentionCutoffs(d('2026-11-22T15:30:00Z'), { anonymiseAfterDays: 90, deleteAfterDays: 730 });
  assert.equal(cutoffs.anonymiseBefore.toISOString(), '2026-08-24T15:30:00.000Z');
  assert.equal(cutoffs.deleteBefore.toISOString(), '2024-11-22T00:00:00.000Z');
});

test('a row with nothing personal needs no update', () => {
  assert.equal(anonymisedFields(row), null);
  assert.equal(anonymisedFields({ ...row, url: 'https://x.test/@handle', props: { tag: '@home' } }), null);
});

test('identifiers alone give an empty text patch; e-mail text is redacted column by column', () => {
  assert.deepEqual(anonymisedFields({ ...row, userAgent: 'Mozilla' }), {});
  assert.deepEqual(anonymisedFields({ ...row, elementText: 'mail me: a@b.org', props: { q: 'c@d.com', n: 1 } }), {
    elementText: 'mail me: [email]',
    props: { q: '[email]', n: 1 },
  });
  // The fields ingest redacts since issue 11: element tag and id, event name, prop keys and numbers.
  assert.deepEqual(
    anonymisedFields({
      ...row,
      elementTag: 'x@y.io',
      elementId: 'cc-4111.1111.1111.1111',
      name: 'n',
      props: { 'k@z.net': 5555555555554444 },
    }),
    { elementTag: '[email]', elementId: 'cc-[card]', props: { '[email]': '[card]' } },
  );
});

test('only the days missing from the rollup coverage are rolled up before deleting', () => {
  const cov = { from: d('2024-01-10T00:00:00Z'), to: d('2024-03-01T00:00:00Z') };
  assert.deepEqual(missingSpans(d('2024-01-15T00:00:00Z'), d('2024-02-01T00:00:00Z'), cov), []);
  assert.deepEqual(missingSpans(d('2024-01-01T00:00:00Z'), d('2024-02-01T00:00:00Z'), cov), [
    { from: d('2024-01-01T00:00:00Z'), to: cov.from },
  ]);
  assert.deepEqual(missingSpans(d('2024-01-15T00:00:00Z'), d('2024-04-01T00:00:00Z'), cov), [
    { from: cov.to, to: d('2024-04-01T00:00:00Z') },
  ]);
  assert.deepEqual(missingSpans(d('2024-01-01T00:00:00Z'), d('2024-01-05T00:00:00Z'), null), [
    { from: d('2024-01-01T00:00:00Z'), to: d('2024-01-05T00:00:00Z') },
  ]);
  assert.deepEqual(missingSpans(d('2024-01-05T00:00:00Z'), d('2024-01-05T00:00:00Z'), null), []);
});

test('job arguments: --site and --batch-size, anything else refused with the usage', async () => {
  const { parseRetentionArgs } = await import('./retention-job');
  assert.deepEqual(parseRetentionArgs([]), {});
  assert.deepEqual(parseRetentionArgs(['--batch-size', '500', '--site', 'demo']), { siteKey: 'demo', batchSize: 500 });
  assert.throws(() => parseRetentionArgs(['--site']), /--site needs a value/);
  assert.throws(() => parseRetentionArgs(['--batch-size', '0']), /--batch-size must be between 1 and 100,000/);
  assert.throws(
    () => parseRetentionArgs(['--dry-run', 'x']),
    /Unknown option --dry-run\. Known options: --site, --batch-size\. Usage: npm run job -- retention/,
  );
});
