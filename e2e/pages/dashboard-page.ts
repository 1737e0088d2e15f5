import { expect, type Locator, type Page } from '@playwright/test';

export const ANALYTICS_PAGES = ['', 'realtime', 'retention', 'sources', 'flows', 'behaviour', 'pages', 'funnels'] as const;
export type AnalyticsPage = (typeof ANALYTICS_PAGES)[number];

/** Any /dashboard analytics page: its heading, date-range picker, KPI tiles and ECharts charts. */
export class DashboardPage {
  readonly heading: Locator;
  readonly charts: Locator;
  readonly rangePicker: Locator;

  constructor(readonly page: Page) {
    this.heading = page.getByRole('heading', { level: 1 });
    this.charts = page.locator('[data-echart]');
    this.rangePicker = page.getByRole('group', { name: 'Date range' });
  }

  async goto(section: AnalyticsPage, query = '') {
    await this.page.goto(`/dashboard${section ? `/${section}` : ''}${query ? `?${query}` : ''}`);
    await expect(this.heading).toBeVisible();
  }

  /** Chooses a preset and waits for the URL to carry it. */
  async chooseRange(preset: '24h' | '7d' | '30d' | '90d') {
    await this.rangePicker.getByRole('button', { name: preset, exact: true }).click();
    await this.page.waitForURL((url) => url.searchParams.get('range') === preset);
  }

  kpi(label: string): Locator {
    return this.page.locator(`[data-kpi="${label}"]`).locator('span').nth(1);
  }

  /**
   * Every chart on the page has an ECharts canvas with a real size and at least some painted
   * (non-transparent) pixels. Waits for streaming widgets and the first paint.
   */
  async expectChartsPainted(minimum = 1) {
    await expect(this.page.locator('[aria-busy="true"]')).toHaveCount(0, { timeout: 30_000 });
    await expect.poll(() => this.charts.count()).toBeGreaterThanOrEqual(minimum);
    const count = await this.charts.count();
    for (let i = 0; i < count; i++) {
      const chart = this.charts.nth(i);
      await chart.scrollIntoViewIfNeeded();
      await expect
        .poll(
          () =>
            chart.evaluate((element) => {
              const canvas = element.querySelector('canvas');
              if (!canvas || canvas.width === 0 || canvas.height === 0) return 0;
              const { data } = canvas.getContext('2d')!.getImageData(0, 0, canvas.width, canvas.height);
              let painted = 0;
              for (let p = 3; p < data.length; p += 4) if (data[p]! > 0) painted++;
              return painted;
            }),
          { message: `chart ${i + 1} of ${count} (${await chart.getAttribute('aria-label')}) is painted` },
        )
        .toBeGreaterThan(100);
    }
  }
}
