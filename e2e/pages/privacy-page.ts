import { expect, type Locator, type Page } from '@playwright/test';

/** /admin/privacy: the person search, their data download and the two-step erasure. */
export class PrivacyPage {
  readonly query: Locator;
  readonly searchButton: Locator;
  readonly results: Locator;

  constructor(readonly page: Page) {
    this.query = page.getByLabel('E-mail address, platform user id or visitor id');
    this.searchButton = page.getByRole('button', { name: 'Search' });
    this.results = page.getByLabel('Search results');
  }

  async goto() {
    await this.page.goto('/admin/privacy');
    await expect(this.page.getByRole('heading', { name: 'Privacy', level: 1 })).toBeVisible();
  }

  async search(text: string) {
    await this.query.fill(text);
    await this.searchButton.click();
    await this.page.waitForURL((url) => url.searchParams.get('q') === text);
  }

  userCard(email: string): Locator {
    return this.page.getByRole('article', { name: `User ${email}` });
  }

  /** The figure shown beside a label on a card, e.g. "Events". */
  fact(card: Locator, label: string): Locator {
    return card
      .locator('dl > div')
      .filter({ has: this.page.locator('dt', { hasText: new RegExp(`^${label}$`) }) })
      .locator('dd');
  }

  /** Searches each e-mail in turn and returns the first whose card shows tracked events. */
  async firstWithEvents(emails: readonly string[]): Promise<string> {
    for (const email of emails) {
      await this.search(email);
      const card = this.userCard(email);
      await expect(card).toBeVisible();
      if ((await this.fact(card, 'Events').textContent())?.trim() !== '0') return email;
    }
    throw new Error(`none of ${emails.join(', ')} has tracked events left`);
  }

  /** Clicks the download link and returns the parsed JSON document. */
  async downloadData(card: Locator): Promise<{ format: string; data: { user: { email: string }; events: unknown[] } }> {
    const [download] = await Promise.all([
      this.page.waitForEvent('download'),
      card.getByRole('link', { name: 'Download their data (JSON)' }).click(),
    ]);
    const path = await download.path();
    const { readFile } = await import('node:fs/promises');
    return JSON.parse(await readFile(path, 'utf8'));
  }

  confirmForm(card: Locator): Locator {
    return card.getByRole('form', { name: 'Confirm erasure' });
  }

  async openErasure(card: Locator) {
    await card.getByRole('button', { name: 'Erase tracked data' }).click();
    await expect(this.confirmForm(card)).toBeVisible();
  }

  confirmation(card: Locator): Locator {
    return this.confirmForm(card).getByLabel(/Type the .* to confirm/);
  }

  eraseButton(card: Locator): Locator {
    return this.confirmForm(card).getByRole('button', { name: 'Erase permanently' });
  }
}
