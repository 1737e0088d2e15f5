// The web-analytics dashboards in the production build, as an instructor: every page renders its
// charts without console errors, the date range lives in the URL and changes the figures,
// realtime updates in place, and the JSON API enforces sign-in, roles and parameters.
import type { ConsoleMessage, Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { ANALYTICS_PAGES, DashboardPage } from './pages/dashboard-page';

const TITLES: Record<(typeof ANALYTICS_PAGES)[number], string> = {
  '': 'Overview',
  realtime: 'Realtime',
  retention: 'Retention',
  sources: 'Sources',
  flows: 'Flows',
  behaviour: 'Behaviour',
  pages: 'Pages',
  funnels: 'Funnels',
};

/** Console errors and uncaught exceptions. The browser's own favicon probe is not the page's error. */
function collectErrors(page: Page): string[] {
  const errors: string[] = [];
  page.on('console', (message: ConsoleMessage) => {
    if (message.type() !== 'error') return;
    if (message.location().url.endsWith('/favicon.ico')) return;
    errors.push(`${page.url()}: ${message.text()}`);
  });
  page.on('pageerror', (error) => errors.push(`${page.url()}: ${error.message}`));
  return errors;
}

test('an instructor sees every analytics page with painted charts and no console errors', async ({ page, signInAs }) => {
  test.setTimeout(180_000);
  const errors = collectErrors(page);
  await signInAs('INSTRUCTOR');
  const dashboard = new DashboardPage(page);
  for (const section of ANALYTICS_PAGES) {
    await dashboard.goto(section, 'range=30d');
    await expect(dashboard.heading).toHaveText(TITLES[section]);
    await dashboard.expectChartsPainted();
    await expect(page.getByText(/could not load\./)).toHaveCount(0);
  }
  expect(errors).toEqual([]);
});

test('a site the instructor does not teach is refused with a 403 status on every analytics page', async ({ page, signInAs }) => {
  await signInAs('INSTRUCTOR');
  // The demo forum site ("community") carries none of the demo instructor's courses.
  for (const section of [...ANALYTICS_PAGES, 'quests'] as const) {
    const path = `/dashboard${section ? `/${section}` : ''}?site=community`;
    const response = await page.goto(path);
    expect(response?.status(), path).toBe(403);
  }
});

test('changing the date range updates the URL and the figures', async ({ page, signInAs }) => {
  await signInAs('INSTRUCTOR');
  const dashboard = new DashboardPage(page);
  await dashboard.goto('', 'range=30d');
  const monthly = await dashboard.kpi('Pageviews').innerText();
  await dashboard.chooseRange('7d');
  expect(new URL(page.url()).searchParams.get('range')).toBe('7d');
  // 30 days of seeded traffic hold more pageviews than the last 7 of them.
  await expect(dashboard.kpi('Pageviews')).not.toHaveText(monthly);
  const weekly = Number((await dashboard.kpi('Pageviews').innerText()).replace(/,/g, ''));
  expect(weekly).toBeLessThan(Number(monthly.replace(/,/g, '')));
  await expect(page.getByText('Last 7 days')).toBeVisible();

  // The range carries over to the next section through the navigation links.
  await page.getByRole('navigation', { name: 'Sections' }).getByRole('link', { name: 'Sources' }).click();
  await page.waitForURL(/\/dashboard\/sources\?.*range=7d/);
  await dashboard.expectChartsPainted();
});

test('the funnel and flow options live in the URL', async ({ page, signInAs }) => {
  await signInAs('INSTRUCTOR');
  const dashboard = new DashboardPage(page);
  await dashboard.goto('funnels', 'range=30d');
  await page.getByLabel('Steps, in order (comma-separated)').fill('/,/quests');
  await page.getByRole('button', { name: 'Show funnel' }).click();
  await page.waitForURL((url) => url.searchParams.get('steps') === '/,/quests' && url.searchParams.get('range') === '30d');
  await expect(page.getByRole('table', { name: 'Funnel steps' }).getByRole('row')).toHaveCount(3);

  await dashboard.goto('flows', 'range=30d&steps=3');
  await expect(page.getByLabel('Steps', { exact: true })).toHaveValue('3');
  await dashboard.expectChartsPainted();
});

test('realtime picks up a new visitor without reloading the page', async ({ page, signInAs, request }) => {
  await signInAs('INSTRUCTOR');
  const dashboard = new DashboardPage(page);
  await dashboard.goto('realtime');
  await dashboard.expectChartsPainted();
  const active = page.getByTestId('active-visitors');
  await page.evaluate(() => ((window as unknown as { marker: number }).marker = 42));

  const id = `e2e${Date.now().toString(36)}`;
  const response = await request.post('/api/collect', {
    headers: {
      'Content-Type': 'text/plain',
      Origin: 'http://localhost',
      'User-Agent': 'Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Safari/537.36',
    },
    data: JSON.stringify({
      site: 'demo',
      anon: `${id}visitor`,
      sid: `${id}session`,
      events: [{ type: 'pageview', ts: Date.now(), url: 'http://localhost/e2e-live-page' }],
    }),
  });
  expect(response.ok()).toBeTruthy();

  // The new visitor's page arrives by polling…
  await expect(page.getByText('/e2e-live-page').first()).toBeVisible({ timeout: 20_000 });
  // …and the count is the server's live one, which includes it. Not "before + 1": in a full run,
  // visitors from earlier specs leave the window while this one enters, so that figure can stand still.
  const live = async () => {
    const answer = await page.request.get('/api/analytics/realtime?site=demo');
    const body = (await answer.json()) as { activeVisitors: number; pages: { path: string }[] };
    return { count: body.activeVisitors, hasPage: body.pages.some((row) => row.path === '/e2e-live-page') };
  };
  expect((await live()).hasPage).toBe(true);
  await expect.poll(async () => Number(await active.innerText()) === (await live()).count, { timeout: 20_000 }).toBe(true);
  // Same document: the figures arrived by polling, not by a navigation.
  expect(await page.evaluate(() => (window as unknown as { marker?: number }).marker)).toBe(42);
});

test.describe('the analytics JSON API', () => {
  const ROUTES = ['stats', 'realtime', 'sankey', 'page-views', 'sources', 'retention', 'event-counts', 'errors'];

  test('needs a signed-in user: 401', async ({ request }) => {
    for (const route of ROUTES) {
      const response = await request.get(`/api/analytics/${route}`);
      expect(response.status(), route).toBe(401);
      expect((await response.json()).error.code).toBe('unauthenticated');
    }
  });

  test('answers staff with JSON, and names a bad parameter with a 400', async ({ page, signInAs }) => {
    await signInAs('INSTRUCTOR');
    for (const route of ROUTES) {
      const response = await page.request.get(`/api/analytics/${route}?range=30d`);
      expect(response.status(), route).toBe(200);
    }
    const stats = await (await page.request.get('/api/analytics/stats?range=30d')).json();
    expect(stats.current.sessions).toBeGreaterThan(0);
    // 30 whole local days, today included: no sliver of a 31st day at the start.
    expect(stats.timeseries.points).toHaveLength(30);

    const badRange = await page.request.get('/api/analytics/stats?range=5d');
    expect(badRange.status()).toBe(400);
    expect((await badRange.json()).error.message).toMatch(/^range:/);
    const badSteps = await page.request.get('/api/analytics/sankey?steps=40');
    expect(badSteps.status()).toBe(400);
    expect((await badSteps.json()).error.message).toMatch(/steps/);
    const badLimit = await page.request.get('/api/analytics/page-views?limit=abc');
    expect((await badLimit.json()).error.message).toMatch(/limit/);
  });

  test('refuses roles that may not see site analytics: 403', async ({ page, signInAs }) => {
    await signInAs('PARENT');
    const response = await page.request.get('/api/analytics/stats?site=demo');
    expect(response.status()).toBe(403);
  });
});
