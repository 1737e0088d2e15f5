import { test } from 'node:test';
import assert from 'node:assert/strict';
import { unsubscribeToken, unsubscribeUrl, verifyUnsubscribeToken } from './unsubscribe';

const env = { AUTH_SECRET: 'a-test-secret-of-enough-length-1234' } as NodeJS.ProcessEnv;

test('a token names its user and only verifies with the same secret', () => {
  const token = unsubscribeToken('ck-user-1', env);
  assert.equal(verifyUnsubscribeToken(token, env), 'ck-user-1');
  assert.equal(verifyUnsubscribeToken(token, { AUTH_SECRET: 'another-secret-entirely-0987654321' } as NodeJS.ProcessEnv), null);
});

test('a token for one user cannot be turned into another user', () => {
  const [, sig] = unsubscribeToken('ck-user-1', env).split('.');
  const forged = `${Buffer.from('ck-user-2').toString('base64url')}.${sig}`;
  assert.equal(verifyUnsubscribeToken(forged, env), null);
  assert.equal(verifyUnsubscribeToken('garbage', env), null);
  assert.equal(verifyUnsubscribeToken('', env), null);
});

test('the link carries the token', () => {
  const url = new URL(unsubscribeUrl('https://pw.example', 'u1', env));
  assert.equal(url.pathname, '/api/unsubscribe');
  assert.equal(verifyUnsubscribeToken(url.searchParams.get('token') ?? '', env), 'u1');
});
