import { afterEach, test } from 'node:test';
import assert from 'node:assert/strict';
import { assertPublicEndpoint, DestinationNotAllowed, type Resolver } from './endpoint-guard';

const answers =
  (...addresses: string[]): Resolver =>
  async () =>
    addresses;

afterEach(() => {
  delete process.env.PATHWISE_ALLOW_PRIVATE_DESTINATIONS;
});

test('an IP literal in a private range is refused without asking DNS', async () => {
  const never: Resolver = async () => assert.fail('must not resolve an IP literal');
  for (const endpoint of [
    'http://127.0.0.1:9000',
    'http://[::1]:9000',
    'http://[::ffff:127.0.0.1]/',
    'https://169.254.169.254',
    'http://0.0.0.0:80',
  ]) {
    await assert.rejects(assertPublicEndpoint(endpoint, never), DestinationNotAllowed, endpoint);
  }
});

test('a host name is refused when any of its addresses is private', async () => {
  await assert.rejects(assertPublicEndpoint('https://s3.internal.example', answers('10.0.0.5')), /10\.0\.0\.5/);
  await assert.rejects(assertPublicEndpoint('https://mixed.example', answers('52.95.110.1', 'fd00::2')), /fd00::2/);
  await assert.rejects(assertPublicEndpoint('https://empty.example', answers()), DestinationNotAllowed);
  const failing: Resolver = async () => {
    throw Object.assign(new Error('nope'), { code: 'ENOTFOUND' });
  };
  await assert.rejects(assertPublicEndpoint('https://nowhere.example', failing), /ENOTFOUND/);
});

test('public endpoints, AWS itself (empty) and the explicit opt-in pass', async () => {
  await assertPublicEndpoint('https://s3.eu-central-1.wasabisys.com', answers('130.117.252.10', '2606:4700::1'));
  await assertPublicEndpoint('', answers('127.0.0.1'));
  process.env.PATHWISE_ALLOW_PRIVATE_DESTINATIONS = '1';
  await assertPublicEndpoint('http://127.0.0.1:9000', answers('127.0.0.1'));
});

test('the agents’ lookup fails a connection whose name resolves to loopback', async () => {
  const { guardedLookup } = await import('./endpoint-guard');
  const error = await new Promise<Error | null>((resolve) => guardedLookup('localhost', {}, (e) => resolve(e)));
  assert.ok(error instanceof DestinationNotAllowed, String(error));
});
