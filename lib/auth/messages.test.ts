import { test } from 'node:test';
import assert from 'node:assert/strict';
import { INVALID_CREDENTIALS, SIGN_IN_FAILED, signInErrorMessage } from './messages';

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
