import { test } from 'node:test';
import assert from 'node:assert/strict';
import { isTrusted, pathOf, prepareBatch, type RequestContext } from './enrich';
import { browserEventTime, serverEventTime } from './clock';
import type { SiteConfig } from '@/lib/sites/lookup';

const site: SiteConfig = {
  id: 'site-1',
  key: 'demo',
  domains: ['a.test'],
  respectDnt: true,
  requireConsent: false,
  captureText: true,
  captureMouse: true,
  trustBrowserLearningEvents: false,
  createdAt: new Date('2024-01-01T00:00:00Z'),
  trustBrowserIdentity: false,
};
const now = Date.parse('2025-06-01T12:00:00Z');
const ctx: RequestContext = {
  source: 'BROWSER',
  userAgent: 'Mozilla/5.0 (iPhone; CPU iPhone OS 17_5 like Mac OS X) Mobile/15E148 Safari/604.1',
  ip: '10.0.0.0',
  now,
};
const identity = { anonId: 'anon1234', clientId: 'sess1234', userId: null, identity: null };

test('events are sorted, redacted and categorised; the session context comes from the landing page', () => {
  const prepared = prepareBatch(
    {
      site: 'demo',
      sent: now,
      lang: 'fr',
      events: [
        { type: 'custom', ts: now - 1000, name: 'badge_earned', props: { token: 'abc' } },
        { type: 'pageview', ts: now - 2000, url: 'https://a.test/p?email=x@y.zz', ref: 'https://t.co/xyz' },
        {
          type: 'error',
          ts: now - 500,
          name: 'TypeError at 123-45-6789',
          props: { stack: 'at f (https://a.test/app.js?token=s3cret:1:2)' },
        },
      ],
    },
    site,
    ctx,
    identity,
  );
  assert.deepEqual(
    prepared.events.map((e) => e.type),
    ['pageview', 'custom', 'error'],
  );
  assert.equal(prepared.events[0]?.url, 'https://a.test/p?email=[email]');
  assert.equal(prepared.events[0]?.path, '/p');
  assert.equal(prepared.events[1]?.category, 'badge');
  assert.deepEqual(prepared.events[1]?.props, { token: '[redacted]' });
  assert.equal(prepared.events[2]?.category, 'error');
  assert.equal(prepared.events[2]?.name, 'TypeError at [ssn]');
  assert.match(String((prepared.events[2]?.props as Record<string, string>).stack), /token=\[redacted\]/);
  assert.equal(prepared.context.channel, 'Social');
  assert.equal(prepared.context.referrerDomain, 't.co');
  assert.equal(prepared.context.device, 'mobile');
  assert.equal(prepared.context.language, 'fr');
  assert.ok(prepared.events.every((e) => e.ip === '10.0.0.0'));
});

test('trust: browser learning events follow the site flag, server ones are trusted', () => {
  const learning = { type: 'custom' as const, name: 'quest_completed' };
  assert.equal(isTrusted(learning, 'BROWSER', site), false);
  assert.equal(isTrusted(learning, 'BROWSER', { ...site, trustBrowserLearningEvents: true }), true);
  assert.equal(isTrusted(learning, 'SERVER', site), true);
  assert.equal(isTrusted({ type: 'custom', name: 'quest_viewed' }, 'BROWSER', site), true);
  assert.equal(isTrusted({ type: 'click', name: undefined }, 'BROWSER', site), true);
});

test('paths come from the redacted URL; relative URLs work', () => {
  assert.equal(pathOf('https://a.test/x/y?z=1'), '/x/y');
  assert.equal(pathOf('/only/path'), '/only/path');
  assert.equal(pathOf(null), null);
});

test('browser clocks are corrected and clamped; server clocks are held to a window', () => {
  assert.equal(browserEventTime(now + 60_000 - 10, now + 60_000, now).getTime(), now - 10);
  assert.equal(browserEventTime(now + 3600_000, undefined, now).getTime(), now);
  assert.equal(browserEventTime(0, undefined, now).getTime(), now - 7 * 24 * 3600_000);
  assert.equal(serverEventTime(now - 1000, now, 0).getTime(), now - 1000);
  assert.throws(() => serverEventTime(now + 6 * 60_000, now, 3), /events\.3\.ts/);
  assert.throws(() => serverEventTime(now - 8 * 24 * 3600_000, now, 0), /7 days/);
});

test('authenticated servers may send history back to the site creation, never before it', () => {
  const created = now - 90 * 24 * 3600_000;
  assert.equal(serverEventTime(now - 60 * 24 * 3600_000, now, 0, created).getTime(), now - 60 * 24 * 3600_000);
  assert.throws(() => serverEventTime(created - 1, now, 2, created), /events\.2\.ts: .*not before the site was created/);
  assert.throws(() => serverEventTime(now + 6 * 60_000, now, 0, created), /5 minutes ahead/);
  // A site added a minute ago still takes the last 7 days, as every site did before history.
  assert.equal(serverEventTime(now - 2 * 24 * 3600_000, now, 0, now - 60_000).getTime(), now - 2 * 24 * 3600_000);
  assert.throws(() => serverEventTime(now - 8 * 24 * 3600_000, now, 0, now - 60_000), /at most 7 days old/);
});
