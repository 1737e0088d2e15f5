import { expect, type Locator, type Page } from '@playwright/test';

/** /admin/audit: the filterable, paginated audit table. */
export class AuditPage {
  readonly table: Locator;
  readonly actionFilter: Locator;

  constructor(readonly page: Page) {
    this.table = page.getByRole('table', { name: 'Audit log' });
    this.actionFilter = page.getByLabel('Action');
  }

  async goto(action?: string) {
    await this.page.goto(action ? `/admin/audit?action=${encodeURIComponent(action)}` : '/admin/audit');
    await expect(this.page.getByRole('heading', { name: 'Audit log', level: 1 })).toBeVisible();
  }

  async filterBy(action: string) {
    await this.actionFilter.selectOption(action);
    await this.page.getByRole('button', { name: 'Filter' }).click();
    await this.page.waitForURL((url) => url.searchParams.get('action') === action);
  }

  rows(action: string): Locator {
    return this.table.locator(`tbody tr[data-action="${action}"]`);
  }
}
