import { test } from 'node:test';
import assert from 'node:assert/strict';
import { openSecret, sealSecret, SecretUnreadableError } from './secret-box';

const AUTH = 'unit-test-auth-secret-0123456789';

test('a sealed secret opens with the same AUTH_SECRET and access key id', () => {
  const sealed = sealSecret('wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY', 'AKIAEXAMPLE', AUTH);
  assert.match(sealed, /^v1\.[\w-]+\.[\w-]+\.[\w-]+$/);
  assert.ok(!sealed.includes('wJalrXUtnFEMI'));
  assert.equal(openSecret(sealed, 'AKIAEXAMPLE', AUTH), 'wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY');
});

test('each sealing uses a fresh IV', () => {
  assert.notEqual(sealSecret('same', 'id', AUTH), sealSecret('same', 'id', AUTH));
});

test('another AUTH_SECRET, another access key id or a tampered ciphertext cannot open it', () => {
  const sealed = sealSecret('secret', 'AKIA1', AUTH);
  assert.throws(() => openSecret(sealed, 'AKIA1', `${AUTH}-rotated`), SecretUnreadableError);
  assert.throws(() => openSecret(sealed, 'AKIA2', AUTH), SecretUnreadableError);
  const parts = sealed.split('.');
  const body = Buffer.from(parts[3]!, 'base64url');
  body[0] = body[0]! ^ 1;
  assert.throws(() => openSecret([...parts.slice(0, 3), body.toString('base64url')].join('.'), 'AKIA1', AUTH), SecretUnreadableError);
  assert.throws(() => openSecret('plaintext-secret', 'AKIA1', AUTH), SecretUnreadableError);
});
