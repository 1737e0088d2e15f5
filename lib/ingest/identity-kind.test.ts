import { test } from 'node:test';
import assert from 'node:assert/strict';
import { strongerIdentity } from './identity-kind';

test('a session keeps the strongest way its user was named', () => {
  assert.equal(strongerIdentity(null, 'claimed'), 'claimed');
  assert.equal(strongerIdentity('claimed', 'verified'), 'verified');
  assert.equal(strongerIdentity('verified', 'claimed'), 'verified');
  assert.equal(strongerIdentity('trusted', 'verified'), 'verified');
  assert.equal(strongerIdentity('trusted', null), 'trusted');
  assert.equal(strongerIdentity(null, null), null);
});
