import { test } from 'node:test';
import assert from 'node:assert/strict';
import { clientAddress, proxyHops, selectClientAddress, SOCKET_ADDRESS_HEADER } from './client-address';

const forged = '6.6.6.6, 7.7.7.7';

test('with no proxy hops the socket address wins and X-Forwarded-For is ignored', () => {
  assert.equal(selectClientAddress({ socket: '203.0.113.9', forwardedFor: forged, hops: 0 }), '203.0.113.9');
  assert.equal(selectClientAddress({ socket: '203.0.113.9', forwardedFor: null, hops: 0 }), '203.0.113.9');
  assert.equal(selectClientAddress({ socket: null, forwardedFor: forged, hops: 0 }), null);
});

test('with N hops the N-th address from the right is the client', () => {
  const chain = '6.6.6.6, 198.51.100.4, 10.0.0.2';
  assert.equal(selectClientAddress({ socket: '10.0.0.3', forwardedFor: chain, hops: 1 }), '10.0.0.2');
  assert.equal(selectClientAddress({ socket: '10.0.0.3', forwardedFor: chain, hops: 2 }), '198.51.100.4');
  assert.equal(selectClientAddress({ socket: '10.0.0.3', forwardedFor: chain, hops: 3 }), '6.6.6.6');
});

test('a chain shorter than the hops did not pass our proxies: only the socket is known', () => {
  assert.equal(selectClientAddress({ socket: '192.0.2.1', forwardedFor: '6.6.6.6', hops: 2 }), '192.0.2.1');
  assert.equal(selectClientAddress({ socket: '192.0.2.1', forwardedFor: null, hops: 1 }), '192.0.2.1');
  assert.equal(selectClientAddress({ socket: '192.0.2.1', forwardedFor: ' , ', hops: 1 }), '192.0.2.1');
});

test('reads Headers and plain header records (next-auth hands the latter)', () => {
  const headers = new Headers({ [SOCKET_ADDRESS_HEADER]: '192.0.2.7', 'x-forwarded-for': forged });
  assert.equal(clientAddress(headers, 0), '192.0.2.7');
  assert.equal(clientAddress(headers, 1), '7.7.7.7');
  assert.equal(clientAddress({ [SOCKET_ADDRESS_HEADER]: '192.0.2.8', 'x-forwarded-for': ['1.1.1.1', '2.2.2.2'] }, 1), '2.2.2.2');
  assert.equal(clientAddress({ 'x-forwarded-for': forged }, 0), null);
  assert.equal(clientAddress(undefined, 0), null);
});

test('PATHWISE_PROXY_HOPS accepts small whole numbers only', () => {
  assert.equal(proxyHops(undefined), 0);
  assert.equal(proxyHops('2'), 2);
  assert.equal(proxyHops('-1'), 0);
  assert.equal(proxyHops('1.5'), 0);
  assert.equal(proxyHops('lots'), 0);
  assert.equal(proxyHops('1000'), 32);
});
