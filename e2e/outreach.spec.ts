// Act and record: an instructor records an outreach and a note on a student's page; the Students
// list shows who was contacted and when; the student's parent cannot see it; the student's GDPR
// access export contains it.
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import Database from 'better-sqlite3';
import { expect, test } from './fixtures';
import { OutreachSection } from './pages/outreach';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const databaseFile = path.join(root, 'data', 'e2e', 'pathwise-e2e.db');

const TAUGHT = `SELECT DISTINCT e."userId" AS id FROM "Enrollment" e JOIN "Course" c ON c.id = e."courseId" LEFT JOIN "Course" parent ON parent.id = c."parentId" JOIN "User" i ON i.id = COALESCE(c."instructorId", parent."instructorId") WHERE i.email = 'instructor@pathwise.test'`;
const CHILDREN = `SELECT pc."childId" AS id FROM "ParentChild" pc JOIN "User" p ON p.id = pc."parentId" WHERE p.email = 'parent@pathwise.test'`;

/** A child of the demo parent in the demo instructor's courses (the seed enrols both children). */
function sharedStudent(): string {
  const database = new Database(databaseFile, { readonly: true, fileMustExist: true });
  try {
    const row = database
      .prepare(`SELECT id FROM (${CHILDREN}) WHERE id IN (${TAUGHT}) AND id IN (SELECT "userId" FROM "RiskScore") LIMIT 1`)
      .get() as { id: string } | undefined;
    if (!row) throw new Error('the e2e seed has no child of parent@ in instructor@’s courses');
    return row.id;
  } finally {
    database.close();
  }
}

test('an outreach and a note: recorded by the instructor, listed, hidden from the parent, in the access export', async ({
  page,
  signInAs,
}) => {
  const studentId = sharedStudent();
  const note = `Talked about the next quest ${Date.now()}`;

  await signInAs('INSTRUCTOR');
  await page.goto(`/dashboard/students/${studentId}`);
  const outreach = new OutreachSection(page);
  await outreach.recordOutreach('Called a parent', note);
  await expect(outreach.section.getByRole('status')).toHaveText('Recorded: called a parent.');
  await expect(outreach.list).toContainText(note);
  await expect(outreach.list).toContainText('Called a parent');

  await page.goto('/dashboard/students?sort=name&dir=asc');
  const contacted = page.locator(`tr[data-student-id="${studentId}"] [data-testid="contacted"]`);
  await expect(contacted).toContainText('called parent by Maya Chen');

  // The parent sees their child's summary, never the staff note, and cannot open the staff page.
  await page.context().clearCookies();
  await signInAs('PARENT');
  await page.goto(`/children/${studentId}`);
  await expect(page.getByTestId('child-summary')).toBeVisible();
  await expect(page.getByText(note)).toHaveCount(0);
  const staffPage = await page.goto(`/dashboard/students/${studentId}`);
  expect(staffPage?.status()).toBe(403);
  await expect(page.getByText(note)).toHaveCount(0);

  // The student's GDPR access export holds it.
  await page.context().clearCookies();
  await signInAs('ADMIN');
  const exported = await page.request.get(`/api/admin/users/${studentId}/data`);
  expect(exported.status()).toBe(200);
  const document = (await exported.json()) as { data: { outreach: Array<{ kind: string; note: string | null }> } };
  expect(document.data.outreach).toContainEqual(expect.objectContaining({ kind: 'CALLED_PARENT', note }));
});
