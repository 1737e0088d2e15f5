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

  /** The site's "xAPI (LRS) credentials" section. */
  lrsCredentials(key: string): Locator {
    return this.page.getByRole('region', { name: `LRS credentials for ${key}` });
  }

  /** Creates an LRS credential and returns the key and the secret it shows once. */
  async createLrsCredential(siteKey: string, credential: { label: string; homePage: string }): Promise<{ key: string; secret: string }> {
    const form = this.page.getByRole('form', { name: `New LRS credential for ${siteKey}` });
    await form.getByLabel('Label').fill(credential.label);
    await form.getByLabel('Account home page').fill(credential.homePage);
    await form.getByRole('button', { name: 'Create LRS credential' }).click();
    const shown = form.getByLabel('New LRS credential');
    await expect(shown).toBeVisible();
    const text = (await shown.textContent()) ?? '';
    const key = /key:\s+(\S+)/.exec(text)?.[1];
    const secret = /secret:\s+(\S+)/.exec(text)?.[1];
    if (!key || !secret) throw new Error(`no key and secret in "${text}"`);
    return { key, secret };
  }

  /** Admin → Sites → "Imported history: risk backfill": one row per run. */
  historyRuns(): Locator {
    return this.page.getByRole('table', { name: 'Risk backfill runs' }).locator('tbody tr');
  }
}
