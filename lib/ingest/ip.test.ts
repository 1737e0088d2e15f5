import { test } from 'node:test';
import assert from 'node:assert/strict';
import { anonymizeIp } from './ip';

test('IPv4 keeps the /24 and zeroes the last octet', () => {
  assert.equal(anonymizeIp('203.0.113.77'), '203.0.113.0');
  assert.equal(anonymizeIp('127.0.0.1'), '127.0.0.0');
  assert.equal(anonymizeIp('10.1.2.3:8080'), '10.1.2.0');
  assert.equal(anonymizeIp('::ffff:192.168.1.20'), '192.168.1.0');
});

test('IPv6 keeps the /48', () => {
  assert.equal(anonymizeIp('2001:db8:85a3:8d3:1319:8a2e:370:7348'), '2001:db8:85a3::');
  assert.equal(anonymizeIp('2001:0DB8::1'), '2001:db8:0::');
  assert.equal(anonymizeIp('::1'), '0:0:0::');
  assert.equal(anonymizeIp('[2001:db8:1:2::5]:443'), '2001:db8:1::');
  assert.equal(anonymizeIp('fe80::1%eth0'), 'fe80:0:0::');
  assert.equal(anonymizeIp('64:ff9b::192.0.2.33'), '64:ff9b:0::');
});

test('garbage is not an address', () => {
  assert.equal(anonymizeIp('not-an-ip'), null);
  assert.equal(anonymizeIp(''), null);
  assert.equal(anonymizeIp(undefined), null);
});

test('the raw address never survives', () => {
  assert.equal(anonymizeIp('198.51.100.23'), '198.51.100.0');
  assert.ok(!(anonymizeIp('2001:db8:aaaa:bbbb:cccc:dddd:eeee:ffff') ?? '').includes('bbbb'));
});
