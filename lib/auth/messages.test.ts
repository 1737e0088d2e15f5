import { test } from 'node:test';
import assert from 'node:assert/strict';
import { INVALID_CREDENTIALS, SIGN_IN_FAILED, signInError, signInErrorMessage } from './messages';

test('maps next-auth errors onto the allowed messages', () => {
  assert.equal(signInErrorMessage(null), null);
  assert.equal(signInErrorMessage('CredentialsSignin'), INVALID_CREDENTIALS);
  assert.equal(signInErrorMessage(INVALID_CREDENTIALS), INVALID_CREDENTIALS);
  assert.equal(
    signInErrorMessage('Too many failed sign-ins. Try again in 14 minutes.'),
    'Too many failed sign-ins. Try again in 14 minutes.',
  );
  assert.equal(signInErrorMessage('<b>Call 555 for support</b>'), SIGN_IN_FAILED);
});

test('maps the same errors onto message keys, keeping the lockout minutes', () => {
  assert.equal(signInError(null), null);
  assert.deepEqual(signInError('CredentialsSignin'), { key: 'invalid', minutes: 0 });
  assert.deepEqual(signInError('Too many failed sign-ins. Try again in 14 minutes.'), { key: 'locked', minutes: 14 });
  assert.deepEqual(signInError('Sign-in is unavailable right now. Please try again in a moment.'), { key: 'unavailable', minutes: 0 });
  assert.deepEqual(signInError('<b>Call 555 for support</b>'), { key: 'failed', minutes: 0 });
});
