import { test } from 'node:test';
import assert from 'node:assert/strict';
import { luhnValid, redact, redactProps, REDACTED } from './pii';

test('emails are redacted, also when percent-encoded', () => {
  assert.equal(redact('Contact jane.doe+x@school.example.org today'), 'Contact [email] today');
  assert.equal(redact('https://a.test/u?e=jane%40mail.com&x=1'), 'https://a.test/u?e=[email]&x=1');
  assert.equal(redact('/users/bob@example.com/profile'), '/users/[email]/profile');
});

test('card numbers are redacted only when the Luhn check passes', () => {
  assert.ok(luhnValid('4111111111111111'));
  assert.ok(!luhnValid('4111111111111112'));
  assert.equal(redact('card 4111 1111 1111 1111 ok'), 'card [card] ok');
  assert.equal(redact('card 5555-5555-5555-4444'), 'card [card]');
  assert.equal(redact('n=4111111111111112'), 'n=4111111111111112');
  // Millisecond timestamps are 13 digits and often Luhn-valid; they must survive.
  assert.equal(redact('?t=1700000000007'), '?t=1700000000007');
});

test('SSN-like strings are redacted', () => {
  assert.equal(redact('ssn 123-45-6789.'), 'ssn [ssn].');
  assert.equal(redact('id 1234-56-7890'), 'id 1234-56-7890');
});

test('credential query and fragment parameters lose their values', () => {
  assert.equal(
    redact('https://a.test/cb?password=hunter2&next=/home&access_token=abc.def#id_token=xyz'),
    `https://a.test/cb?password=${REDACTED}&next=/home&access_token=${REDACTED}#id_token=${REDACTED}`,
  );
  assert.equal(redact('/login?Client_Secret=s3cr3t'), `/login?Client_Secret=${REDACTED}`);
  assert.equal(redact('/search?q=tokens'), '/search?q=tokens');
});

test('props: credential keys dropped, strings redacted, other values kept', () => {
  assert.deepEqual(redactProps({ password: 'x', apiKey: 'k', note: 'mail me@x.io', n: 3, ok: true, none: null }), {
    password: REDACTED,
    apiKey: REDACTED,
    note: 'mail [email]',
    n: 3,
    ok: true,
    none: null,
  });
  assert.equal(redactProps(undefined), null);
});

test('ordinary text is untouched', () => {
  const text = 'Quest 3 of 12 completed in 2024-05-01, score 98.5%';
  assert.equal(redact(text), text);
});
