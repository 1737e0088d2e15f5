// Is the risk model any good here? Admin → Risk model shows "never evaluated" until `risk-eval`
// runs, then its prediction-only headline and calibration; an instructor records that a student
// left the course, which the student's page shows and the access export holds, and the next
// evaluation runs on the platform's own (here: one) known outcome, with the warning.
import { execFileSync } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import Database from 'better-sqlite3';
import { expect, test } from './fixtures';
import { AdminRiskPage } from './pages/admin-risk-page';
import { OutcomeSection } from './pages/students-page';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const databaseFile = path.join(root, 'data', 'e2e', 'pathwise-e2e.db');

function sql<T>(query: string, readonly = true): T[] {
  const database = new Database(databaseFile, { readonly, fileMustExist: true });
  try {
    return database.prepare(query).all() as T[];
  } finally {
    database.close();
  }
}

function riskEval() {
  execFileSync(process.execPath, ['--import', 'tsx', 'scripts/job.ts', 'risk-eval'], {
    cwd: root,
    env: { ...process.env, DATABASE_URL: `file:${databaseFile}`, AUTH_SECRET: 'e2e-only-secret-not-for-production' },
    stdio: 'pipe',
  });
}

type Evaluation = { source: string; students: number; dropouts: number; auc: number | null };
const latest = () => sql<Evaluation>('SELECT source, students, dropouts, auc FROM "RiskEvaluation" ORDER BY "ranAt" DESC LIMIT 1')[0];

test.describe.configure({ mode: 'serial' });

test.beforeAll(() => {
  // A re-run against a reused server starts from "never evaluated" and no known outcomes, as after a seed.
  const database = new Database(databaseFile, { fileMustExist: true });
  try {
    database.exec('DELETE FROM "RiskEvaluation"; DELETE FROM "StudentOutcome";');
  } finally {
    database.close();
  }
});

test('Admin → Risk model: empty until evaluated, then the prediction-only headline and calibration', async ({ page, signInAs }) => {
  await signInAs('ADMIN');
  const risk = new AdminRiskPage(page);
  await risk.goto();
  await expect(risk.heading).toBeVisible();
  await expect(risk.empty).toContainText('Never evaluated');

  riskEval();
  const run = latest();
  expect(run?.source).toBe('demo');
  await risk.goto();
  const auc = run?.auc === null || run?.auc === undefined ? 'n/a' : run.auc.toFixed(2);
  await expect(risk.headline).toHaveText(
    `on the demo’s planted drop-outs (no known outcomes imported or recorded yet), 14 days ahead: AUC ${auc} on ${run?.students} students (${run?.dropouts} drop-outs)`,
  );
  await expect(risk.calibrationRows).toHaveCount(4);
  await expect(risk.warning).toHaveCount(run?.auc !== null && run?.auc !== undefined && run.auc >= 0.7 ? 0 : 1);
});

test('an instructor records "left the course on …"; shown, exported, and the next evaluation uses it', async ({ page, signInAs }) => {
  const [student] = sql<{ id: string }>(
    `SELECT DISTINCT e."userId" AS id FROM "Enrollment" e JOIN "Course" c ON c.id = e."courseId" LEFT JOIN "Course" p ON p.id = c."parentId" JOIN "User" i ON i.id = COALESCE(c."instructorId", p."instructorId") JOIN "User" s ON s.id = e."userId" WHERE i.email = 'instructor@pathwise.test' AND s.role = 'STUDENT' ORDER BY s.email LIMIT 1`,
  );
  if (!student) throw new Error('the e2e seed has no student in instructor@’s courses');
  const day = new Date(Date.now() - 10 * 86_400_000).toISOString().slice(0, 10);

  await signInAs('INSTRUCTOR');
  await page.goto(`/dashboard/students/${student.id}`);
  const outcome = new OutcomeSection(page);
  await expect(outcome.status).toContainText('No outcome recorded');
  await outcome.recordLeft(day);
  await expect(outcome.section.getByRole('status')).toContainText('Recorded: left the course on');
  await expect(outcome.status).toContainText('Left the course on');
  await expect(outcome.status).toContainText('recorded by Maya Chen');

  await page.context().clearCookies();
  await signInAs('ADMIN');
  const exported = await page.request.get(`/api/admin/users/${student.id}/data`);
  expect(exported.status()).toBe(200);
  const document = (await exported.json()) as { data: { knownOutcome: { droppedOut: boolean; at: string; source: string } } };
  expect(document.data.knownOutcome).toMatchObject({ droppedOut: true, at: `${day}T00:00:00.000Z`, source: 'staff' });

  // One known outcome and no known stayers: measured on the platform's own history, AUC undefined, warned.
  riskEval();
  expect(latest()?.source).toBe('known');
  const risk = new AdminRiskPage(page);
  await risk.goto();
  await expect(risk.headline).toContainText('on your students, 14 days ahead: AUC n/a');
  await expect(risk.warning).toContainText('could not be measured');
});
