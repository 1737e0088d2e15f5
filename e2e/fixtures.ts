import { test as base, expect } from '@playwright/test';
import { DEMO_ACCOUNTS, DEMO_PASSWORD, type DemoAccount, type DemoRole } from '../scripts/seed/demo-accounts';
import { LoginPage } from './pages/login-page';

/** The first demo account of each role (admin@, instructor@, parent@, student@pathwise.test). */
export function demoAccount(role: DemoRole): DemoAccount {
  const account = DEMO_ACCOUNTS.find((candidate) => candidate.role === role);
  if (!account) throw new Error(`no demo account with role ${role}`);
  return account;
}

type Fixtures = {
  loginPage: LoginPage;
  /** Signs in through the real form and returns the account used. */
  signInAs: (role: DemoRole) => Promise<DemoAccount>;
};

// The fixture callback is named `provide` rather than Playwright's usual `use`, which the React
// hooks lint rule would mistake for React's use().
export const test = base.extend<Fixtures>({
  loginPage: async ({ page }, provide) => {
    await provide(new LoginPage(page));
  },
  signInAs: async ({ loginPage }, provide) => {
    await provide(async (role) => {
      const account = demoAccount(role);
      await loginPage.goto();
      await loginPage.signInAndWait(account.email, DEMO_PASSWORD);
      return account;
    });
  },
});

export { expect, DEMO_PASSWORD };
