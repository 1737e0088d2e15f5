import type { Locator, Page } from '@playwright/test';

/** /admin/risk: the model and its latest evaluation. */
export class AdminRiskPage {
  readonly heading: Locator;
  readonly empty: Locator;
  readonly headline: Locator;
  readonly warning: Locator;
  readonly calibrationRows: Locator;

  constructor(readonly page: Page) {
    this.heading = page.getByRole('heading', { name: 'Risk model', level: 1 });
    this.empty = page.getByTestId('risk-evaluation-empty');
    this.headline = page.getByTestId('risk-evaluation-headline');
    this.warning = page.getByTestId('risk-evaluation-warning');
    this.calibrationRows = page.getByRole('table', { name: 'Calibration' }).locator('tbody tr');
  }

  async goto() {
    await this.page.goto('/admin/risk');
  }
}
