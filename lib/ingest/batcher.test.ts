import { test } from 'node:test';
import assert from 'node:assert/strict';
import { setTimeout as sleep } from 'node:timers/promises';
import { GroupCommitBatcher } from './batcher';

function recorder(failWhen: (items: number[]) => boolean = () => false) {
  const committed: number[][] = [];
  const batcher = new GroupCommitBatcher<number, number>({
    windowMs: 5,
    maxItems: 50,
    maxPending: 100,
    commitGroup: async (items) => {
      await sleep(2);
      if (failWhen(items)) throw new Error(`group ${items.join(',')} failed`);
      committed.push(items);
      return items.map((item) => item * 10);
    },
    commitOne: async (item) => {
      if (failWhen([item])) throw new Error(`item ${item} failed`);
      committed.push([item]);
      return item * 10;
    },
  });
  return { batcher, committed };
}

test('concurrent submissions share one commit and each gets its own result', async () => {
  const { batcher, committed } = recorder();
  const results = await Promise.all([1, 2, 3, 4].map((n) => batcher.submit(n)));
  assert.deepEqual(results, [10, 20, 30, 40]);
  assert.deepEqual(committed, [[1, 2, 3, 4]]);
});

test('nothing resolves before its commit has happened', async () => {
  const { batcher, committed } = recorder();
  let settled = false;
  const pending = batcher.submit(7).then(() => (settled = true));
  await sleep(1);
  assert.equal(settled, false);
  await pending;
  assert.deepEqual(committed, [[7]]);
});

test('a failing member does not poison the rest of its group', async () => {
  const { batcher, committed } = recorder((items) => items.includes(3));
  const outcomes = await Promise.allSettled([1, 2, 3, 4].map((n) => batcher.submit(n)));
  assert.deepEqual(
    outcomes.map((o) => o.status),
    ['fulfilled', 'fulfilled', 'rejected', 'fulfilled'],
  );
  assert.deepEqual(committed, [[1], [2], [4]]);
});

test('submissions during a commit form the next group', async () => {
  const { batcher, committed } = recorder();
  const first = batcher.submit(1);
  await sleep(6); // the first group is now committing
  const rest = [2, 3].map((n) => batcher.submit(n));
  await Promise.all([first, ...rest]);
  assert.deepEqual(committed, [[1], [2, 3]]);
});

test('overload and shutdown are refused with 503s; close drains first', async () => {
  const { batcher, committed } = recorder();
  // 50 leave the queue for the first commit; 100 more fill it; the rest are refused.
  const submitted = Array.from({ length: 160 }, (_, n) => batcher.submit(n));
  const closing = batcher.close();
  const outcomes = await Promise.allSettled(submitted);
  await closing;
  const refused = outcomes.filter((o) => o.status === 'rejected');
  assert.equal(refused.length, 10);
  for (const o of refused) assert.equal((o.reason as { status: number }).status, 503);
  assert.equal(committed.flat().length, 150);
  await assert.rejects(batcher.submit(1), (error: { code?: string }) => error.code === 'shutting_down');
});
