import { test } from 'node:test';
import assert from 'node:assert/strict';
import { loginPathFor, safeCallbackPath } from './callback-url';

test('keeps local page paths with their query', () => {
  assert.equal(safeCallbackPath('/dashboard?site=demo&range=30d'), '/dashboard?site=demo&range=30d');
  assert.equal(safeCallbackPath(['/me', '/x']), '/me');
});

test('rejects other origins and tricks', () => {
  for (const bad of [
    'https://evil.example/',
    '//evil.example',
    '/\\evil.example',
    '\\\\evil.example',
    'javascript:alert(1)',
    '/dash\nboard',
    'dashboard',
    '',
    undefined,
    null,
  ]) {
    assert.equal(safeCallbackPath(bad), null, String(bad));
  }
});

test('rejects the login page and APIs as destinations', () => {
  assert.equal(safeCallbackPath('/login?callbackUrl=/x'), null);
  assert.equal(safeCallbackPath('/api/me'), null);
  assert.equal(safeCallbackPath('/loginx'), '/loginx');
});

test('drops the internal _rsc parameter', () => {
  assert.equal(safeCallbackPath('/dashboard?_rsc=abc&range=7d'), '/dashboard?range=7d');
});

test('loginPathFor encodes the return path', () => {
  assert.equal(loginPathFor('/children/abc?x=1'), '/login?callbackUrl=%2Fchildren%2Fabc%3Fx%3D1');
  assert.equal(loginPathFor('/'), '/login');
  assert.equal(loginPathFor('https://evil.example'), '/login');
});
