import { test } from 'node:test';
import assert from 'node:assert/strict';
import { luhnValid, redact, redactJson, redactNumber, redactProps, REDACTED } from './pii';

test('emails are redacted, also when percent-encoded', () => {
  assert.equal(redact('Contact jane.doe+x@school.example.org today'), 'Contact [email] today');
  assert.equal(redact('https://a.test/u?e=jane%40mail.com&x=1'), 'https://a.test/u?e=[email]&x=1');
  assert.equal(redact('/users/bob@example.com/profile'), '/users/[email]/profile');
  assert.equal(redact('BOB@EXAMPLE.COM'), '[email]');
});

// Each row: what a page might send → what is stored.
const TABLE: [string, string][] = [
  ['card 4111 1111 1111 1111 ok', 'card [card] ok'],
  ['card 5555-5555-5555-4444', 'card [card]'],
  ['4111.1111.1111.1111', '[card]'],
  ['4111111111111111', '[card]'],
  ['pay%204111%201111%201111%201111', 'pay%20[card]'],
  ['qty 2 4111 1111 1111 1111', 'qty 2 [card]'],
  ['v=0.4111111111111111', 'v=0.[card]'],
  ['amex 378282246310005.', 'amex [card].'],
  ['n=4111111111111112', 'n=4111111111111112'],
  // Millisecond timestamps are 13 digits and often Luhn-valid; they must survive.
  ['?t=1700000000007', '?t=1700000000007'],
  ['id 12345678901234567890123', 'id 12345678901234567890123'],
  ['ssn 123-45-6789.', 'ssn [ssn].'],
  ['id 1234-56-7890', 'id 1234-56-7890'],
  ['Quest 3 of 12 completed in 2024-05-01, score 98.5%', 'Quest 3 of 12 completed in 2024-05-01, score 98.5%'],
];
for (const [input, expected] of TABLE) {
  test(`redact(${JSON.stringify(input)})`, () => assert.equal(redact(input), expected));
}

test('the Luhn check', () => {
  assert.ok(luhnValid('4111111111111111'));
  assert.ok(!luhnValid('4111111111111112'));
  assert.ok(!luhnValid('41111'));
});

test('numbers that read as card numbers are redacted, others kept', () => {
  assert.equal(redactNumber(4111111111111111), '[card]');
  assert.equal(redactNumber(-4111111111111111), '[card]');
  assert.equal(redactNumber(4111111111111111.5), '[card]');
  assert.equal(redactNumber(4111111111111112), 4111111111111112);
  assert.equal(redactNumber(1700000000007), 1700000000007);
  assert.equal(redactNumber(98.5), 98.5);
  // Past 2^53 the digits sent are lost; a card-length number is not kept on a guess.
  assert.equal(redactNumber(4111111111111111111), '[card]');
});

test('credential query and fragment parameters lose their values', () => {
  assert.equal(
    redact('https://a.test/cb?password=hunter2&next=/home&access_token=abc.def#id_token=xyz'),
    `https://a.test/cb?password=${REDACTED}&next=/home&access_token=${REDACTED}#id_token=${REDACTED}`,
  );
  assert.equal(redact('/login?Client_Secret=s3cr3t'), `/login?Client_Secret=${REDACTED}`);
  assert.equal(redact('/search?q=tokens'), '/search?q=tokens');
});

test('props: credential keys dropped, keys and values redacted, numbers checked', () => {
  assert.deepEqual(
    redactProps({
      password: 'x',
      apiKey: 'k',
      note: 'mail me@x.io',
      'jane@school.edu': 1,
      card: 4111111111111111,
      n: 3,
      ok: true,
      none: null,
    }),
    { password: REDACTED, apiKey: REDACTED, note: 'mail [email]', '[email]': 1, card: '[card]', n: 3, ok: true, none: null },
  );
  assert.equal(redactProps(undefined), null);
});

test('JSON values: nested strings, arrays, keys and numbers', () => {
  assert.deepEqual(redactJson({ to: 'x@y.io', n: 3, list: ['ok', 'p@q.com', 5555555555554444], nested: { 'k@z.net': true }, none: null }), {
    to: '[email]',
    n: 3,
    list: ['ok', '[email]', '[card]'],
    nested: { '[email]': true },
    none: null,
  });
});
