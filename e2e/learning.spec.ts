// Learning analytics end to end: the parent's child page (their own children only, XP chart
// drawn) and an instructor's at-risk list and student page.
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import Database from 'better-sqlite3';
import { expect, test } from './fixtures';
import { ChildPage } from './pages/child-page';
import { StudentDetailPage, StudentsPage } from './pages/students-page';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
// The database scripts/e2e/serve.ts seeds for the server under test.
const databaseFile = path.join(root, 'data', 'e2e', 'pathwise-e2e.db');

function query<T>(sql: string, ...params: string[]): T[] {
  const database = new Database(databaseFile, { readonly: true, fileMustExist: true });
  try {
    return database.prepare(sql).all(...params) as T[];
  } finally {
    database.close();
  }
}

test.describe('a parent', () => {
  test("sees their own child's page with the XP chart, and no one else's", async ({ page, signInAs }) => {
    await signInAs('PARENT');
    const child = new ChildPage(page);
    await expect(page).toHaveURL(/\/children\/[^/]+$/);
    await expect(child.summary).toBeVisible();
    await expect(child.rhythm).toContainText(/Last learned|No learning/);
    await expect(child.xpChart).toBeVisible();
    const box = await child.xpChart.boundingBox();
    expect(box?.height ?? 0).toBeGreaterThan(60);

    // The switcher offers exactly this parent's children.
    const mine = query<{ id: string; name: string }>(
      `SELECT u.id, u.name FROM "ParentChild" pc JOIN "User" u ON u.id = pc."childId" JOIN "User" p ON p.id = pc."parentId" WHERE p.email = ? ORDER BY u.name`,
      'parent@pathwise.test',
    );
    expect(mine.length).toBe(2);
    await expect(child.switcher.getByRole('link')).toHaveText(mine.map((row) => row.name));

    // Another family's child: the same 404 as an id that does not exist.
    const [other] = query<{ id: string; name: string }>(
      `SELECT u.id, u.name FROM "User" u WHERE u.role = 'STUDENT' AND u.id NOT IN (SELECT pc."childId" FROM "ParentChild" pc JOIN "User" p ON p.id = pc."parentId" WHERE p.email = ?) LIMIT 1`,
      'parent@pathwise.test',
    );
    const response = await child.goto(other!.id);
    expect(response?.status()).toBe(404);
    await expect(page.getByText(other!.name)).toHaveCount(0);

    // And the staff dashboards are not for parents.
    const students = await page.goto('/dashboard/students');
    expect(students?.status()).toBe(403);
  });
});

test.describe('an instructor', () => {
  test('opens the at-risk list, filters it and opens a student', async ({ page, signInAs }) => {
    await signInAs('INSTRUCTOR');
    const students = new StudentsPage(page);
    await students.goto();
    await expect(students.heading).toBeVisible();
    await expect(students.rows.first()).toBeVisible();
    // Every row explains its score: five factors, each with raw value and contribution.
    await expect(students.rows.first().locator('[data-factor]')).toHaveCount(5);
    await expect(students.rows.first().locator('[data-factor="daysInactive"]')).toContainText('=');

    // Most at risk first.
    const scores = (await students.rows.locator('td:nth-child(2)').allTextContents()).map(Number);
    expect(scores).toEqual([...scores].sort((a, b) => b - a));

    // Only students enrolled in this instructor's courses (Maya Chen teaches the first three).
    const visible = await students.rows.evaluateAll((rows) => rows.map((row) => row.getAttribute('data-student-id')));
    const allowed = new Set(
      query<{ id: string }>(
        `SELECT DISTINCT e."userId" AS id FROM "Enrollment" e JOIN "Course" c ON c.id = e."courseId" LEFT JOIN "Course" parent ON parent.id = c."parentId" JOIN "User" i ON i.id = COALESCE(c."instructorId", parent."instructorId") WHERE i.email = ?`,
        'instructor@pathwise.test',
      ).map((row) => row.id),
    );
    expect(visible.length).toBeGreaterThan(0);
    for (const id of visible) expect(allowed.has(id ?? '')).toBe(true);

    // The level filter lives in the URL.
    await students.levelFilter.selectOption('minimal');
    await expect(page).toHaveURL(/level=minimal/);
    await expect(students.levelBadges().first()).toHaveText('Minimal risk');
    const levels = new Set(await students.levelBadges().allTextContents());
    expect([...levels]).toEqual(['Minimal risk']);

    const name = await students.openFirstStudent();
    const detail = new StudentDetailPage(page);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(name);
    await expect(detail.riskBreakdown).toContainText('Days inactive');
    await expect(detail.timeline.locator('li').first()).toBeVisible();
    await expect(detail.historyChart).toBeVisible();
  });
});
