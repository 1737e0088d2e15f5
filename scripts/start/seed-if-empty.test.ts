import { test } from 'node:test';
import assert from 'node:assert/strict';
import { parseDatabaseUrl } from '../../lib/database-url';
import { shouldSeedDemo } from './seed-if-empty';

const cwd = '/srv/pathwise';
const quickStart = parseDatabaseUrl(undefined, cwd);
const otherFile = parseDatabaseUrl('file:/var/lib/pathwise/prod.db', cwd);
const postgres = parseDatabaseUrl('postgresql://app@db:5432/pathwise', cwd);

test('the demo is seeded by default only into the quick start SQLite file', () => {
  assert.equal(shouldSeedDemo(quickStart, undefined, cwd), true);
  assert.equal(shouldSeedDemo(parseDatabaseUrl('file:./data/pathwise.db', cwd), undefined, cwd), true);
  assert.equal(shouldSeedDemo(otherFile, undefined, cwd), false);
  assert.equal(shouldSeedDemo(postgres, undefined, cwd), false);
});

test('PATHWISE_SEED_DEMO=1 asks for it anywhere, =0 nowhere', () => {
  assert.equal(shouldSeedDemo(postgres, '1', cwd), true);
  assert.equal(shouldSeedDemo(otherFile, '1', cwd), true);
  assert.equal(shouldSeedDemo(quickStart, '0', cwd), false);
});
