// A site's time zone from Admin → Sites: a new site starts in the server's zone, a change rebuilds
// its rollups (the page shows the job's outcome) and its dashboards say which zone they show.
import { expect, test } from './fixtures';
import { DashboardPage } from './pages/dashboard-page';
import { SitesPage } from './pages/sites-page';

test('setting a site’s zone rebuilds its rollups and the dashboards name the zone', async ({ page, signInAs }) => {
  await signInAs('ADMIN');
  const sites = new SitesPage(page);
  await sites.goto();
  const key = `tz-${Date.now().toString(36)}`;
  await sites.addSite({ name: 'Zone school', key, domains: 'zone.example' });
  await expect(sites.site(key)).toBeVisible();
  const server = Intl.DateTimeFormat().resolvedOptions().timeZone;
  await expect(page.getByLabel(`Time zone of ${key} in effect`)).toHaveText(server);

  const form = page.getByRole('form', { name: `Time zone for ${key}` });
  await form.getByLabel(`Time zone of ${key}`, { exact: true }).fill('Mars/Olympus');
  await form.getByRole('button', { name: 'Save zone' }).click();
  await expect(form.getByRole('alert')).toContainText('Not a time zone');

  await form.getByLabel(`Time zone of ${key}`, { exact: true }).fill('Asia/Shanghai');
  await form.getByRole('button', { name: 'Save zone' }).click();
  await expect(form.getByRole('status')).toContainText('Days now follow Asia/Shanghai');
  await expect(page.getByLabel(`Time zone of ${key} in effect`)).toHaveText('Asia/Shanghai');
  await expect(page.getByLabel(`Rollups rebuild for ${key}`)).toContainText('done', { timeout: 20_000 });
  await expect(page.getByLabel(`Rollups rebuild for ${key}`)).toContainText('Asia/Shanghai');

  const dashboard = new DashboardPage(page);
  await dashboard.goto('', `site=${key}&range=7d`);
  await expect(page.getByText('Times in Asia/Shanghai')).toBeVisible();
  // The picker's "today" (the latest day a custom range may end on) is Shanghai's date, not the browser's.
  const shanghaiToday = new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Shanghai' }).format(new Date());
  await page.getByRole('group', { name: 'Date range' }).getByRole('button', { name: 'Custom' }).click();
  await expect(page.getByLabel('From', { exact: true })).toHaveAttribute('max', shanghaiToday);
  await dashboard.goto('', 'site=demo');
  await expect(page.getByText('Times in UTC')).toBeVisible();
});
