import { test } from 'node:test';
import assert from 'node:assert/strict';
import { contentSecurityPolicy, newNonce, pageSecurityHeaders } from './security-headers';

test('the page policy forbids framing, plugins and foreign scripts, and names the nonce', () => {
  const policy = contentSecurityPolicy('abc123');
  assert.match(policy, /frame-ancestors 'none'/);
  assert.match(policy, /object-src 'none'/);
  assert.match(policy, /script-src 'self' 'nonce-abc123' 'strict-dynamic'(;|$)/);
  assert.doesNotMatch(policy, /unsafe-eval/);
  assert.match(contentSecurityPolicy('n', { dev: true }), /'unsafe-eval'/);
});

test('page headers add framing protection on top of the base headers', () => {
  const headers = pageSecurityHeaders('n');
  assert.equal(headers['X-Frame-Options'], 'DENY');
  assert.equal(headers['X-Content-Type-Options'], 'nosniff');
  assert.equal(headers['Referrer-Policy'], 'strict-origin-when-cross-origin');
});

test('nonces are fresh and long enough not to be guessed', () => {
  const a = newNonce();
  assert.notEqual(a, newNonce());
  assert.equal(Buffer.from(a, 'base64').length, 16);
});
