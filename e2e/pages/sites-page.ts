import { expect, type Locator, type Page } from '@playwright/test';

/** /admin/sites: adding sites, their embed snippets, settings and server secrets. */
export class SitesPage {
  readonly newSite: Locator;

  constructor(readonly page: Page) {
    this.newSite = page.getByRole('form', { name: 'Add a site' });
  }

  async goto() {
    await this.page.goto('/admin/sites');
    await expect(this.page.getByRole('heading', { name: 'Sites & consent', level: 1 })).toBeVisible();
  }

  async addSite(site: { name: string; key: string; domains: string }) {
    await this.newSite.getByLabel('Name').fill(site.name);
    await this.newSite.getByLabel('Key').fill(site.key);
    await this.newSite.getByLabel('Allowed domains').fill(site.domains);
    await this.newSite.getByRole('button', { name: 'Add site' }).click();
  }

  site(key: string): Locator {
    return this.page.getByRole('article').filter({ has: this.page.getByRole('heading', { name: new RegExp(`· ${key}$`) }) });
  }

  secretForm(key: string): Locator {
    return this.page.getByRole('form', { name: `Server secret for ${key}` });
  }
}
