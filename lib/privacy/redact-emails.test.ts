import { test } from 'node:test';
import assert from 'node:assert/strict';
import { redactEmails, redactJson } from './redact-emails';

test('redacts plain and percent-encoded addresses, keeps the rest of the text', () => {
  assert.equal(redactEmails('Contact ada.l+x@school.example.org now'), 'Contact [email] now');
  assert.equal(redactEmails('/profile?u=ada%40school.edu&tab=1'), '/profile?u=[email]&tab=1');
  assert.equal(redactEmails('@mention and a@b are not addresses'), '@mention and a@b are not addresses');
});

test('walks JSON: nested strings, arrays and keys', () => {
  assert.deepEqual(redactJson({ to: 'x@y.io', n: 3, list: ['ok', 'p@q.com'], nested: { 'k@z.net': true }, none: null }), {
    to: '[email]',
    n: 3,
    list: ['ok', '[email]'],
    nested: { '[email]': true },
    none: null,
  });
});
