import { test } from 'node:test';
import assert from 'node:assert/strict';
import { checkIdentityToken } from '../lib/ingest/identity-token';
import { main, ttlSeconds } from './identity-token';

test('--ttl takes seconds or a unit, within a year', () => {
  assert.equal(ttlSeconds(undefined), 86_400);
  assert.equal(ttlSeconds('900'), 900);
  assert.equal(ttlSeconds('15m'), 900);
  assert.equal(ttlSeconds('7d'), 604_800);
  for (const bad of ['0', '-5', '2y', '366d', 'soon']) assert.throws(() => ttlSeconds(bad), /--ttl must be a duration/);
});

test('a token minted with --secret verifies for that uid and expires with --ttl', async () => {
  const token = await main(['demo', 'stu-0007', '--ttl', '60', '--secret', 'pw_sk_cli']);
  assert.equal(checkIdentityToken('pw_sk_cli', 'stu-0007', token), 'valid');
  assert.equal(checkIdentityToken('pw_sk_cli', 'stu-0007', token, Date.now() + 61_000), 'expired');
  await assert.rejects(main(['demo']), /usage:/);
});
