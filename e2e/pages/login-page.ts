import { expect, type Locator, type Page } from '@playwright/test';

/** The /login page: its form, the error region and the demo-accounts table. */
export class LoginPage {
  readonly email: Locator;
  readonly password: Locator;
  readonly submit: Locator;
  /** Scoped to the form: Next's route announcer is an alert too. */
  readonly error: Locator;
  readonly demoAccounts: Locator;

  constructor(readonly page: Page) {
    this.email = page.getByLabel('Email', { exact: true });
    this.password = page.getByLabel('Password', { exact: true });
    this.submit = page.getByRole('button', { name: 'Sign in' });
    this.error = page.locator('form').getByRole('alert');
    this.demoAccounts = page.getByRole('region', { name: 'Demo accounts' });
  }

  async goto(callbackUrl?: string) {
    await this.page.goto(callbackUrl ? `/login?callbackUrl=${encodeURIComponent(callbackUrl)}` : '/login');
    await expect(this.submit).toBeEnabled();
  }

  async signIn(email: string, password: string) {
    await this.email.fill(email);
    await this.password.fill(password);
    await this.submit.click();
  }

  /** Signs in and waits until the browser has left /login. */
  async signInAndWait(email: string, password: string) {
    await this.signIn(email, password);
    await this.page.waitForURL((url) => url.pathname !== '/login');
  }

  async fillDemo(email: string) {
    await this.demoAccounts.getByRole('button', { name: `Fill in ${email}` }).click();
  }
}
