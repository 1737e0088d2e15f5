import { test } from 'node:test';
import assert from 'node:assert/strict';
import { countFunnel, funnelStepsSchema, type FunnelEvent } from './funnel-steps';

test('parses pages, prefixes and events', () => {
  assert.deepEqual(funnelStepsSchema.parse('/, /quests/* ,event:quest_started'), [
    { kind: 'page', path: '/', prefix: false, label: '/' },
    { kind: 'page', path: '/quests/', prefix: true, label: '/quests/*' },
    { kind: 'event', name: 'quest_started', label: 'event: quest_started' },
  ]);
});

test('rejects too few or too many steps and malformed ones with a reason', () => {
  assert.match(funnelStepsSchema.safeParse('/').error?.issues[0]?.message ?? '', /2 to 8/);
  assert.match(funnelStepsSchema.safeParse('/,quests').error?.issues[0]?.message ?? '', /not a page path/);
  assert.match(funnelStepsSchema.safeParse('/,event:bad name').error?.issues[0]?.message ?? '', /not a valid event/);
  assert.match(funnelStepsSchema.safeParse('/,/a*b').error?.issues[0]?.message ?? '', /only use \*/);
  assert.equal(funnelStepsSchema.safeParse(Array(9).fill('/').join(',')).success, false);
});

const pv = (entity: string, path: string): FunnelEvent => ({ entity, type: 'pageview', path, name: null });
const ev = (entity: string, name: string): FunnelEvent => ({ entity, type: 'custom', path: '/x', name });

test('steps count only in order, with anything in between, entities interleaved', () => {
  const steps = funnelStepsSchema.parse('/,/quests/*,event:quest_started');
  const events = [
    pv('a', '/'),
    ev('b', 'quest_started'),
    pv('a', '/about'),
    pv('c', '/quests/y'),
    pv('b', '/'),
    pv('a', '/quests/mars'),
    pv('c', '/'),
    ev('a', 'quest_started'),
    pv('b', '/quests/x'),
    pv('d', '/'),
  ];
  assert.deepEqual(countFunnel(events, steps), [4, 2, 1]);
});
