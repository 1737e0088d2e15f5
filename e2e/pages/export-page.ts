import { expect, type Download, type Locator, type Page } from '@playwright/test';

/** The /export page: the download button, the other formats, the status line and the audit table. */
export class ExportPage {
  readonly downloadButton: Locator;
  readonly status: Locator;
  readonly recentExports: Locator;

  constructor(readonly page: Page) {
    this.downloadButton = page.getByRole('button', { name: /Download clickstream \(\.xlsx\)|Preparing spreadsheet/ });
    this.status = page.locator('#export-status');
    this.recentExports = page.getByTestId('recent-exports');
  }

  async goto(query = '') {
    await this.page.goto(`/export${query ? `?${query}` : ''}`);
    await expect(this.downloadButton).toBeEnabled();
  }

  formatButton(label: 'CSV' | 'NDJSON' | 'Parquet'): Locator {
    return this.page.getByRole('button', { name: label, exact: true });
  }

  /** Clicks `button` and resolves with the browser download it produces. */
  async downloadWith(button: Locator = this.downloadButton): Promise<Download> {
    const download = this.page.waitForEvent('download', { timeout: 120_000 });
    await button.click();
    return download;
  }
}
