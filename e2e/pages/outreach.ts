import type { Locator, Page } from '@playwright/test';

/** The "Outreach and notes" section of /dashboard/students/[id]. */
export class OutreachSection {
  readonly section: Locator;
  readonly kind: Locator;
  readonly note: Locator;
  readonly record: Locator;
  readonly list: Locator;

  constructor(readonly page: Page) {
    this.section = page.getByTestId('outreach');
    this.kind = this.section.getByLabel('What happened');
    this.note = this.section.getByLabel(/Short note/);
    this.record = this.section.getByRole('button', { name: 'Record' });
    this.list = this.section.getByTestId('outreach-list');
  }

  async recordOutreach(kind: string, note?: string) {
    await this.kind.selectOption({ label: kind });
    if (note !== undefined) await this.note.fill(note);
    await this.record.click();
  }
}
