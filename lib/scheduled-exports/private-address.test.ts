import { test } from 'node:test';
import assert from 'node:assert/strict';
import { isPrivateAddress } from './private-address';

test('loopback, private, link-local, unspecified and reserved addresses are refused', () => {
  for (const address of [
    '127.0.0.1',
    '127.255.0.9',
    '0.0.0.0',
    '10.1.2.3',
    '172.16.0.1',
    '172.31.255.255',
    '192.168.1.1',
    '169.254.169.254',
    '100.64.0.1',
    '224.0.0.1',
    '255.255.255.255',
    '::',
    '::1',
    'fe80::1',
    'fe80::1%eth0',
    'fd00::1',
    'fc12:3456::1',
    'ff02::1',
    '::ffff:127.0.0.1',
    '::ffff:7f00:1',
    '::FFFF:10.0.0.1',
    '0:0:0:0:0:ffff:a9fe:a9fe',
    '::127.0.0.1',
    '64:ff9b::7f00:1',
    '2002:c0a8:0101::1',
    'not-an-address',
  ]) {
    assert.equal(isPrivateAddress(address), true, address);
  }
});

test('public addresses are allowed', () => {
  for (const address of [
    '8.8.8.8',
    '52.95.110.1',
    '172.32.0.1',
    '192.169.0.1',
    '2606:4700::1111',
    '::ffff:8.8.8.8',
    '64:ff9b::808:808',
    '2002:808:808::1',
  ]) {
    assert.equal(isPrivateAddress(address), false, address);
  }
});
