import { test } from 'node:test';
import assert from 'node:assert/strict';
import { objectKeyFor } from './object-key';

test('names the site, the time range and the id range', () => {
  assert.equal(
    objectKeyFor({
      prefix: 'agency/raw/',
      siteKey: 'demo',
      firstAt: new Date('2026-11-22T04:00:01.250Z'),
      lastAt: new Date('2026-11-22T04:59:59.999Z'),
      fromId: 101,
      toId: 2000,
      extension: 'ndjson',
    }),
    'agency/raw/demo/20261122T040001Z_20261122T045959Z_events-101-2000.ndjson',
  );
  assert.equal(
    objectKeyFor({ prefix: '', siteKey: 's', firstAt: new Date(0), lastAt: new Date(0), fromId: 1, toId: 1, extension: 'csv' }),
    's/19700101T000000Z_19700101T000000Z_events-1-1.csv',
  );
});
