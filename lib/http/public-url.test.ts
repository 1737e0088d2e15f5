import { test } from 'node:test';
import assert from 'node:assert/strict';
import { configuredPublicUrl, publicOrigin, PublicUrlError, usesSecureCookies } from './public-url';

test('PATHWISE_URL wins over NEXTAUTH_URL, and only the origin counts', () => {
  assert.equal(configuredPublicUrl({ PATHWISE_URL: 'https://a.example/', NEXTAUTH_URL: 'http://b.example' }), 'https://a.example');
  assert.equal(configuredPublicUrl({ NEXTAUTH_URL: 'https://b.example:8443' }), 'https://b.example:8443');
  assert.equal(configuredPublicUrl({ PATHWISE_URL: 'https://a.example/analytics/' }), 'https://a.example');
});

test('nothing configured → null, so the caller falls back', () => {
  assert.equal(configuredPublicUrl({}), null);
  assert.equal(configuredPublicUrl({ PATHWISE_URL: '  ' }), null);
});

test('a value that is not an http(s) URL is refused with a readable error', () => {
  assert.throws(() => configuredPublicUrl({ PATHWISE_URL: 'analytics.example' }), PublicUrlError);
  assert.throws(() => configuredPublicUrl({ PATHWISE_URL: 'ftp://analytics.example' }), /https:\/\//);
});

test('session cookies are Secure exactly when the public URL is https', () => {
  assert.equal(usesSecureCookies({ PATHWISE_URL: 'https://analytics.school.example' }), true);
  assert.equal(usesSecureCookies({ NEXTAUTH_URL: 'https://analytics.school.example' }), true);
  assert.equal(usesSecureCookies({ PATHWISE_URL: 'http://10.0.0.5:3000' }), false);
  assert.equal(usesSecureCookies({}), false);
});

test('links from jobs point at the public URL, else this machine', () => {
  assert.equal(publicOrigin({ PATHWISE_URL: 'https://a.example/x' }), 'https://a.example');
  assert.equal(publicOrigin({}), 'http://localhost:3000');
  assert.equal(publicOrigin({ PORT: '3123' }), 'http://localhost:3123');
});
