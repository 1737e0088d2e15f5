// Page load time from a real browser: the SDK measures it (navigation timing), sends it as the
// pageview's `ms`, ingest stores it as the pageview's durationMs, and the pages dashboard shows
// it. Only the demo seed used to carry load times, so real traffic showed "—"; this pins the path.
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { devices } from '@playwright/test';
import { expect, test } from './fixtures';
import config, { baseURL } from './playwright.config';
import { DashboardPage } from './pages/dashboard-page';
import { startStaticServer, type StaticServer } from './support/static-server';

const HOST_PORT = Number(process.env.E2E_HOST_PORT ?? 4010) + 1;
let host: StaticServer;

// A desktop Chrome user agent, so the visit counts as human traffic (HeadlessChrome is a bot).
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

test('a pageview from the SDK shows its load time on the pages dashboard', async ({ page, signInAs }) => {
  const visited = `/load-time-${Date.now()}`;
  await page.goto(`${host.origin}${visited}`);
  const measured = await page.evaluate(() => {
    const timing = performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming;
    return Math.round(timing.loadEventEnd);
  });
  expect(measured).toBeGreaterThan(0);
  await page.waitForFunction(() => 'pathwise' in window);
  await page.waitForTimeout(500); // the pageview leaves after the load handlers; pagehide flushes the rest

  await signInAs('ADMIN');
  const dashboard = new DashboardPage(page);
  const row = page.getByRole('row').filter({ has: page.getByRole('cell', { name: visited, exact: true }) });
  await expect
    .poll(
      async () => {
        await dashboard.goto('pages', 'site=demo&range=24h&all=1');
        return row.count();
      },
      { timeout: 20_000, message: 'the visited path is listed' },
    )
    .toBe(1);
  // Load time is the last column: the one sample, as the browser measured it (formatMs: "123 ms" or "1.2 s").
  const load = (await row.getByRole('cell').last().innerText()).trim();
  expect(load).not.toBe('—');
  const shown = load.endsWith(' ms') ? Number(load.slice(0, -3)) : Number(load.slice(0, -2)) * 1000;
  expect(Math.abs(shown - measured)).toBeLessThanOrEqual(measured < 1000 ? 1 : 50);
});
