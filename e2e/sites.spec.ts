// An admin adds a site, copies its embed snippet, creates a server secret, and a backend uses
// that secret; rotating it retires the old one at once.
import { expect, test } from './fixtures';
import { SitesPage } from './pages/sites-page';

test('an admin adds a site and gives its backend a working secret', async ({ page, signInAs, request }) => {
  await signInAs('ADMIN');
  const sites = new SitesPage(page);
  await sites.goto();
  const key = `e2e-${Date.now().toString(36)}`;

  await sites.addSite({ name: 'E2E Portal', key, domains: 'portal.e2e.test, localhost' });
  await expect(sites.newSite.getByRole('status')).toContainText(`Created the site "${key}"`);
  const card = sites.site(key);
  await expect(card.getByLabel(`Embed snippet for ${key}`)).toContainText(`/sdk.js" data-site="${key}"></script>`);
  await expect(card).toContainText('portal.e2e.test, localhost');

  await sites.addSite({ name: 'Duplicate', key, domains: 'x.test' });
  await expect(sites.newSite.getByRole('alert')).toContainText(`"${key}" is already used`);

  const secretForm = sites.secretForm(key);
  await expect(secretForm).toContainText('none yet');
  await secretForm.getByRole('button', { name: 'Create secret' }).click();
  const secret = (await secretForm.getByLabel('New server secret').textContent())?.trim() ?? '';
  expect(secret).toMatch(/^pw_sk_[A-Za-z0-9_-]{40,}$/);

  const send = (bearer: string) =>
    request.post('/api/events', {
      headers: { authorization: `Bearer ${bearer}` },
      data: { site: key, events: [{ type: 'custom', name: 'login_success', ts: Date.now() }] },
    });
  const accepted = await send(secret);
  expect(accepted.status()).toBe(200);
  expect(await accepted.json()).toMatchObject({ stored: 1 });

  await page.reload();
  await expect(sites.secretForm(key)).toContainText(`pw_sk_…${secret.slice(-4)}`);
  await sites.secretForm(key).getByRole('button', { name: 'Rotate secret' }).click();
  await expect(sites.secretForm(key).getByLabel('New server secret')).toBeVisible();
  const refused = await send(secret);
  expect(refused.status()).toBe(401);
});
