import { test } from 'node:test';
import assert from 'node:assert/strict';
import { domainList, originAllowed, requestOrigin } from './origin';

const from = (origin: string) => requestOrigin(new Headers({ origin }));

test('exact hosts match on any port unless the pattern names one', () => {
  assert.ok(originAllowed(from('https://example.org'), ['example.org']));
  assert.ok(originAllowed(from('https://EXAMPLE.org:8443'), ['example.org']));
  assert.ok(originAllowed(from('https://example.org:8443'), ['example.org:8443']));
  assert.ok(!originAllowed(from('https://example.org:9000'), ['example.org:8443']));
  assert.ok(!originAllowed(from('https://evil-example.org'), ['example.org']));
  assert.ok(!originAllowed(from('https://example.org.evil.com'), ['example.org']));
});

test('localhost and 127.0.0.1 on any port', () => {
  const demo = ['localhost', '127.0.0.1'];
  assert.ok(originAllowed(from('http://localhost:3000'), demo));
  assert.ok(originAllowed(from('http://127.0.0.1:4010'), demo));
  assert.ok(!originAllowed(from('http://127.0.0.2:4010'), demo));
});

test('wildcards', () => {
  assert.ok(originAllowed(from('https://a.school.edu'), ['*.school.edu']));
  assert.ok(originAllowed(from('https://x.y.school.edu'), ['*.school.edu']));
  assert.ok(!originAllowed(from('https://school.edu'), ['*.school.edu']));
  assert.ok(!originAllowed(from('https://badschool.edu'), ['*.school.edu']));
  assert.ok(originAllowed(from('https://anything.test'), ['*']));
});

test('patterns written as URLs are accepted', () => {
  assert.ok(originAllowed(from('https://example.org'), ['https://example.org/']));
});

test('no origin, a null origin or no patterns allow nothing', () => {
  assert.equal(requestOrigin(new Headers()), null);
  assert.equal(requestOrigin(new Headers({ origin: 'null' })), null);
  assert.ok(!originAllowed(null, ['*']));
  assert.ok(!originAllowed(from('https://example.org'), []));
});

test('Referer is the fallback', () => {
  const origin = requestOrigin(new Headers({ referer: 'https://example.org/page?x=1' }));
  assert.deepEqual(origin, { host: 'example.org', port: '' });
});

test('domainList tolerates bad JSON values', () => {
  assert.deepEqual(domainList(['a', 1, 'b']), ['a', 'b']);
  assert.deepEqual(domainList('a'), []);
  assert.deepEqual(domainList(null), []);
});
