import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createHmac } from 'node:crypto';
import { checkIdentityToken, mintIdentityToken } from './identity-token';

const secret = 'pw_sk_test-secret';
const now = Date.parse('2026-12-01T12:00:00Z');

test('a minted token verifies for its uid until it expires', () => {
  const token = mintIdentityToken(secret, 'stu-0115', { ttlSeconds: 60, now });
  assert.equal(checkIdentityToken(secret, 'stu-0115', token, now), 'valid');
  assert.equal(checkIdentityToken(secret, 'stu-0115', token, now + 59_000), 'valid');
  assert.equal(checkIdentityToken(secret, 'stu-0115', token, now + 60_000), 'expired');
});

test('another uid, another secret or a tampered token is invalid', () => {
  const token = mintIdentityToken(secret, 'stu-0115', { now });
  assert.equal(checkIdentityToken(secret, 'stu-0116', token, now), 'invalid');
  assert.equal(checkIdentityToken('pw_sk_rotated', 'stu-0115', token, now), 'invalid');
  const [exp, sig] = token.split('.');
  assert.equal(checkIdentityToken(secret, 'stu-0115', `${Number(exp) + 3600}.${sig}`, now), 'invalid');
  for (const bad of ['', 'x', `${exp}.`, `${exp}.${sig}0`, `${exp}.${sig!.toUpperCase()}`, `-1.${sig}`])
    assert.equal(checkIdentityToken(secret, 'stu-0115', bad, now), 'invalid', bad);
});

test('the documented recipe (HMAC-SHA256 over "uid.exp", hex) is what verifies', () => {
  const exp = Math.floor(now / 1000) + 300;
  const byHand = `${exp}.${createHmac('sha256', secret).update(`a.b.${exp}`).digest('hex')}`;
  assert.equal(checkIdentityToken(secret, 'a.b', byHand, now), 'valid');
  // "a" + "." + "b.<exp>" is not the same claim: the expiry is digits only.
  assert.equal(checkIdentityToken(secret, 'a', byHand, now), 'invalid');
});
