import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { composeSchema, providers } from './generate';

test('each provider schema is exactly the header plus the shared models', () => {
  for (const provider of providers) {
    const committed = readFileSync(new URL(`../../prisma/${provider}/schema.prisma`, import.meta.url), 'utf8');
    assert.equal(committed, composeSchema(provider), `prisma/${provider}/schema.prisma is stale: run npm run postinstall`);
  }
});

test('the shared models use nothing that only one provider accepts', () => {
  const source = readFileSync(new URL('../../prisma/models.prisma', import.meta.url), 'utf8');
  const models = source.replace(/\/\/.*$/gm, '');
  assert.doesNotMatch(models, /@db\./, '@db.* attributes are provider-specific');
  assert.doesNotMatch(models, /^\s+\w+\s+(String|Int|Float|Boolean|DateTime|Json|BigInt)\[\]/m, 'scalar lists are rejected on SQLite');
});
