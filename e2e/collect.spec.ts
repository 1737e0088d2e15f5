// The SDK on a host page of another origin, end to end: captured in Chromium, sent cross-origin,
// enriched and stored by the production build, read back through the admin monitoring API.
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { devices } from '@playwright/test';
import { expect, test } from './fixtures';
import config, { baseURL } from './playwright.config';
import { startStaticServer, type StaticServer } from './support/static-server';
import { rotateSecretAsAdmin } from './support/site-secret';
import { mintIdentityToken } from '../lib/ingest/identity-token';

type StoredEvent = Record<string, unknown> & {
  type: string;
  name: string | null;
  url: string | null;
  path: string | null;
  props: Record<string, unknown> | null;
  userId: string | null;
};

const HOST_PORT = Number(process.env.E2E_HOST_PORT ?? 4010);
const FORM_EMAIL = 'learner.private@example.com';
const FORM_PASSWORD = 'hunter2-very-secret';
let host: StaticServer;

// Beacons sent from pagehide leave after the page is gone, from the browser process, with the
// browser's own user agent ("HeadlessChrome", which isbot rightly drops) instead of the page's
// emulated one. Give the browser itself a desktop user agent so the unload path is tested too.
const launch = config.use?.launchOptions ?? {};
test.use({ launchOptions: { ...launch, args: [...(launch.args ?? []), `--user-agent=${devices['Desktop Chrome'].userAgent}`] } });

test.beforeAll(async () => {
  host = await startStaticServer({
    root: path.join(path.dirname(fileURLToPath(import.meta.url)), 'fixtures'),
    port: HOST_PORT,
    fallback: 'host-page.html',
    replacements: { APP: baseURL },
  });
});
test.afterAll(async () => {
  await host?.close();
});

test('the SDK captures a visit and the server stores it enriched and redacted', async ({ page, browser, signInAs }) => {
  const started = Date.now();
  // The platform's server signs the learner's id with the site secret (README: Verified identity).
  const token = mintIdentityToken(await rotateSecretAsAdmin(browser, 'demo'), 'stu-0001');
  const pageUrl = `${host.origin}/host-page.html?utm_source=newsletter&utm_medium=email`;
  await page.goto(pageUrl);
  await page.waitForFunction(() => 'pathwise' in window);

  await page.locator('[data-track="start-quest"] span').click();
  await page.mouse.click(350, 225); // inside #target, page scrolled to the top
  await page.locator('#email').fill(FORM_EMAIL);
  await page.locator('#password').fill(FORM_PASSWORD);
  await page.locator('#submit').click();
  await page.evaluate(() => window.scrollTo(0, document.documentElement.scrollHeight));
  await page.locator('#boom').click({ force: true });
  await page.evaluate((signed) => {
    const api = (window as unknown as { pathwise: { track: (n: string, p: object) => void; identify: (id: string, t: string) => void } })
      .pathwise;
    api.identify('stu-0001', signed);
    api.track('quest_viewed', { questId: 'q-e2e', contact: 'someone@example.com', nested: { dropped: true } });
  }, token);
  await page.waitForTimeout(1200); // spend over a second on the page, so page_exit is due
  await page.evaluate(() => window.scrollTo(0, 0));
  await page.locator('#next-link').click();
  await expect(page).toHaveURL(/\/spa\/next$/);
  await page.waitForTimeout(300);

  // Leaving the host page fires pagehide, which flushes what is left with sendBeacon.
  await signInAs('ADMIN');

  let events: StoredEvent[] = [];
  await expect
    .poll(
      async () => {
        const response = await page.request.get('/api/events/recent?limit=300&site=demo');
        expect(response.status()).toBe(200);
        const body = (await response.json()) as { events: StoredEvent[] };
        events = body.events.filter(
          (event) => event.url?.startsWith(host.origin) && Date.parse(String(event.receivedAt)) >= started - 1000,
        );
        return ['pageview', 'click', 'scroll', 'form_submit', 'error', 'custom', 'page_exit'].filter(
          (type) => !events.some((e) => e.type === type),
        );
      },
      { timeout: 20_000, message: 'event types still missing' },
    )
    .toEqual([]);

  const find = (type: string, match: (event: StoredEvent) => boolean = () => true) => {
    const found = events.find((event) => event.type === type && match(event));
    expect(found, `${type} event`).toBeTruthy();
    return found as StoredEvent;
  };

  const landing = find('pageview', (e) => e.path === '/host-page.html');
  expect(landing).toMatchObject({
    title: 'Host page',
    source: 'BROWSER',
    category: 'navigation',
    ip: '127.0.0.0',
    siteId: expect.any(String),
  });
  expect(landing.url).toContain('utm_source=newsletter');

  expect(find('click', (e) => e.name === 'start-quest')).toMatchObject({ elementTag: 'span', elementText: 'Start quest' });
  expect(find('click', (e) => e.elementId === 'target')).toMatchObject({ x: 350, y: 225, elementClasses: 'click-zone', elementTag: 'div' });

  const depths = events.filter((e) => e.type === 'scroll').map((e) => e.scrollDepth);
  expect(depths.sort()).toEqual([100, 25, 50, 75].sort());

  const form = find('form_submit');
  expect(form).toMatchObject({ elementId: 'login-form', name: 'login' });
  expect(form.props).toEqual({ action: '/login?token=[redacted]', fields: 2 }); // the two inputs; buttons are not fields

  const error = find('error');
  expect(error.name).toContain('e2e boom for [email]');
  expect(error.category).toBe('error');

  const custom = find('custom', (e) => e.name === 'quest_viewed');
  expect(custom.props).toEqual({ questId: 'q-e2e', contact: '[email]' });
  expect(custom.category).toBe('quest');
  expect(custom.userId, 'identify() with a signed token links the events to stu-0001').toBeTruthy();

  expect(find('page_exit', (e) => e.path === '/host-page.html').durationMs as number).toBeGreaterThan(1000);
  const spa = find('pageview', (e) => e.path === '/spa/next');
  expect(spa).toMatchObject({ title: 'Next page' });
  expect(spa.referrer).toContain('/host-page.html');

  // Never stored: what was typed into the form, and the raw client address.
  const everything = JSON.stringify(events);
  expect(everything).not.toContain(FORM_PASSWORD);
  expect(everything).not.toContain(FORM_EMAIL);
  expect(everything).not.toContain('127.0.0.1');
  expect(events.every((event) => event.ip === '127.0.0.0')).toBe(true);

  const counts = await page.request.get('/api/events/count?site=demo');
  const { total, byType } = (await counts.json()) as { total: number; byType: Record<string, number> };
  expect(total).toBeGreaterThanOrEqual(events.length);
  expect(byType.form_submit).toBeGreaterThanOrEqual(1);
});

test('the monitoring endpoints are for admins only', async ({ playwright }) => {
  const anonymous = await playwright.request.newContext({ baseURL });
  for (const path of ['/api/events/recent', '/api/events/count']) {
    const response = await anonymous.get(path);
    expect(response.status()).toBe(401);
    expect(((await response.json()) as { error: { code: string } }).error.code).toBeTruthy();
  }
  await anonymous.dispose();
});

test('with Global Privacy Control on, the SDK sends nothing', async ({ page }) => {
  // The demo site respects DNT/GPC (the default).
  await page.addInitScript(() => Object.defineProperty(Navigator.prototype, 'globalPrivacyControl', { get: () => true }));
  const posts: string[] = [];
  page.on('request', (request) => {
    if (request.method() === 'POST' && request.url().includes('/api/collect')) posts.push(request.url());
  });
  await page.goto(`${host.origin}/host-page.html?gpc=1`);
  await page.waitForFunction(() => 'pathwise' in window);
  await page.locator('[data-track="start-quest"]').click();
  await page.evaluate(() => (window as unknown as { pathwise: { track: (n: string) => void } }).pathwise.track('quest_viewed'));
  await page.waitForTimeout(2500); // longer than the SDK's flush timer
  expect(posts).toEqual([]);
});
