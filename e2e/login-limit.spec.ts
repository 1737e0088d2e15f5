// Issue 11, "login limit dodged": a new X-Forwarded-For per attempt used to buy unlimited guesses.
// With PATHWISE_PROXY_HOPS=0 (the e2e server's default) the header is ignored, the account locks
// after five failures from anywhere, and the message says when to try again.
import { DEMO_PASSWORD, demoAccount, expect, test } from './fixtures';

test('five wrong passwords lock the account however X-Forwarded-For is forged', async ({ page, loginPage }) => {
  const target = 'locked-out@pathwise.test';
  await loginPage.goto();
  for (let attempt = 1; attempt <= 5; attempt++) {
    await page.setExtraHTTPHeaders({ 'X-Forwarded-For': `203.0.${attempt}.${attempt}` });
    await loginPage.signIn(target, `guess-${attempt}`);
    const expected = attempt < 5 ? 'Email or password is incorrect.' : 'Too many failed sign-ins. Try again in 15 minutes.';
    await expect(loginPage.error).toHaveText(expected);
  }
  await page.setExtraHTTPHeaders({ 'X-Forwarded-For': '198.51.100.77' });
  await loginPage.signIn(target, 'guess-6');
  await expect(loginPage.error).toHaveText(/^Too many failed sign-ins\. Try again in 1[45] minutes\.$/);

  // The lock is the account's, not the network's: someone else signs in from the same address.
  const admin = demoAccount('ADMIN');
  await loginPage.signInAndWait(admin.email, DEMO_PASSWORD);
  await expect(page).toHaveURL(/\/dashboard/);
});
