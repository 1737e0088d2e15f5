import { test } from 'node:test';
import assert from 'node:assert/strict';
import { configuredPublicUrl, PublicUrlError } from './public-url';

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
