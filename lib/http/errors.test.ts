import { test } from 'node:test';
import assert from 'node:assert/strict';
import { z } from 'zod';
import { HttpError, toErrorResponse } from './errors';

test('HttpError keeps its status, code, message and headers', async () => {
  const response = toErrorResponse(new HttpError('rate_limited', 'Slow down.', { 'Retry-After': '30' }));
  assert.equal(response.status, 429);
  assert.equal(response.headers.get('Retry-After'), '30');
  assert.deepEqual(await response.json(), { error: { code: 'rate_limited', message: 'Slow down.' } });
});

test('a zod failure is a 400 naming every bad parameter', async () => {
  const parsed = z.object({ from: z.iso.date(), limit: z.number() }).safeParse({ from: 'yesterday', limit: 'x' });
  assert.equal(parsed.success, false);
  const response = toErrorResponse(parsed.error);
  const body = (await response.json()) as { error: { code: string; message: string } };
  assert.equal(response.status, 400);
  assert.equal(body.error.code, 'invalid_request');
  assert.match(body.error.message, /^from: .+; limit: .+$/);
});

test('anything else is a 500 that leaks no details', async () => {
  const original = console.error;
  console.error = () => {};
  try {
    const response = toErrorResponse(new Error('SQLITE_CORRUPT at /secret/path'));
    const body = (await response.json()) as { error: { message: string } };
    assert.equal(response.status, 500);
    assert.doesNotMatch(body.error.message, /secret/);
  } finally {
    console.error = original;
  }
});
