import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { test } from 'node:test';
import { receivedHash, sortedJson } from './canonical';

// The definition stored fingerprints were made with: a key-sorted copy, then JSON.stringify.
function sortedCopy(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(sortedCopy);
  if (typeof value !== 'object' || value === null) return value;
  const record = value as Record<string, unknown>;
  return Object.fromEntries(
    Object.keys(record)
      .sort()
      .map((key) => [key, sortedCopy(record[key])]),
  );
}

const statement = {
  id: 'F1A2B3C4-0000-4000-8000-000000000001',
  version: '1.0.3',
  stored: '2026-12-04T10:00:00Z',
  authority: { mbox: 'mailto:lrs@example.com' },
  verb: { id: 'http://adlnet.gov/expapi/verbs/completed', display: { 'en-US': 'completed', de: 'abgeschlossen' } },
  actor: { objectType: 'Agent', name: 'Zoë "Q" \\ Doe\n', mbox: 'mailto:zoe@example.com' },
  object: { id: 'http://example.com/a', definition: { extensions: { 'http://x/ä': [1, 2.5, -0, 1e21, null, true, { b: 1, a: [] }] } } },
  result: { score: { scaled: 0.5 }, success: false, extensions: { 'http://x/u': undefined, 'http://x/v': [undefined] } },
  context: { '10': 'number-like key', '2': 'sorts as text', registration: 'ec531277-b57b-4c15-8d91-d292c5b2b8f7' },
};

test('sortedJson writes what JSON.stringify writes for a key-sorted copy', () => {
  for (const value of [statement, [], {}, [[{}]], 'text', 3, null, { a: { c: 1, b: undefined } }, [undefined, () => 1]]) {
    assert.equal(sortedJson(value), JSON.stringify(sortedCopy(value)));
  }
});

test('receivedHash leaves out what the LRS adds and is the fingerprint stored statements carry', () => {
  const { id: _id, stored: _stored, authority: _authority, version: _version, ...rest } = statement;
  void [_id, _stored, _authority, _version];
  const expected = createHash('sha256')
    .update(JSON.stringify(sortedCopy(rest)))
    .digest('hex');
  assert.equal(receivedHash(statement), expected);
  assert.equal(receivedHash({ ...statement, id: 'other', stored: 'later', version: '2.0.0' }), expected);
  assert.notEqual(receivedHash({ ...statement, verb: { id: 'http://adlnet.gov/expapi/verbs/failed' } }), expected);
});
