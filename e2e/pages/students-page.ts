import type { Locator, Page } from '@playwright/test';

/** /dashboard/students: the at-risk list. */
export class StudentsPage {
  readonly heading: Locator;
  readonly table: Locator;
  readonly rows: Locator;
  readonly levelFilter: Locator;
  readonly courseFilter: Locator;

  constructor(readonly page: Page) {
    this.heading = page.getByRole('heading', { name: 'Students', level: 1 });
    this.levelFilter = page.getByRole('combobox', { name: 'Level', exact: true });
    this.courseFilter = page.getByRole('combobox', { name: 'Course', exact: true });
    this.table = page.getByTestId('students-table');
    this.rows = this.table.locator('tbody tr');
  }

  async goto(query = '') {
    await this.page.goto(`/dashboard/students${query}`);
  }

  levelBadges(): Locator {
    return this.table.locator('tbody [data-level]');
  }

  /** Opens the first row's student page and returns the student's name. */
  async openFirstStudent(): Promise<string> {
    const link = this.rows.first().getByRole('link').first();
    const name = (await link.textContent()) ?? '';
    await link.click();
    await this.page.waitForURL(/\/dashboard\/students\/[^/?]+/);
    return name.trim();
  }
}

/** /dashboard/students/[id]. */
export class StudentDetailPage {
  readonly riskBreakdown: Locator;
  readonly timeline: Locator;
  readonly historyChart: Locator;

  constructor(readonly page: Page) {
    this.riskBreakdown = page.getByTestId('risk-breakdown');
    this.timeline = page.getByTestId('journey-timeline');
    this.historyChart = page.locator('[data-chart="risk-history"] [data-echart] canvas');
  }
}

/** The "Outcome" section of /dashboard/students/[id]: the known outcome and "left the course on …". */
export class OutcomeSection {
  readonly section: Locator;
  readonly status: Locator;
  readonly leftOn: Locator;
  readonly record: Locator;

  constructor(readonly page: Page) {
    this.section = page.getByTestId('outcome');
    this.status = this.section.getByTestId('outcome-status');
    this.leftOn = this.section.getByLabel('Left the course on');
    this.record = this.section.getByRole('button', { name: 'Record' });
  }

  async recordLeft(day: string) {
    await this.leftOn.fill(day);
    await this.record.click();
  }
}
