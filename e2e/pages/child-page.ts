import type { Locator, Page } from '@playwright/test';

/** /children/[id] (and /me, which shows the same summary). */
export class ChildPage {
  readonly heading: Locator;
  readonly summary: Locator;
  readonly rhythm: Locator;
  readonly xpChart: Locator;
  readonly switcher: Locator;

  constructor(readonly page: Page) {
    this.heading = page.getByRole('heading', { level: 1 });
    this.summary = page.getByTestId('child-summary');
    this.rhythm = page.getByRole('region', { name: 'Learning rhythm' });
    this.xpChart = page.locator('[data-chart="xp-by-pillar"] [data-echart] canvas');
    this.switcher = page.getByRole('navigation', { name: 'Your children' });
  }

  async goto(childId: string) {
    return this.page.goto(`/children/${childId}`);
  }

  childIdFromUrl(): string {
    return new URL(this.page.url()).pathname.split('/').pop() ?? '';
  }
}
