import { test } from 'node:test';
import assert from 'node:assert/strict';
import { loginClientIp } from './verify-credentials';

test('the login limiter keys on the hop our server saw, not on what the client claims', () => {
  // A client can prepend anything; `next start` appends the socket address last.
  assert.equal(loginClientIp({ 'x-forwarded-for': '6.6.6.6, 203.0.113.9' }), '203.0.113.9');
  assert.equal(loginClientIp({ 'x-forwarded-for': '203.0.113.9' }), '203.0.113.9');
  assert.equal(loginClientIp({ 'x-real-ip': '198.51.100.4' }), '198.51.100.4');
  assert.equal(loginClientIp({}), 'unknown');
  assert.equal(loginClientIp(undefined), 'unknown');
});
