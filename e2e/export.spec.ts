import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import Database from 'better-sqlite3';
import { parse as parseCsv } from 'csv-parse/sync';
import XLSX from 'xlsx';
import { expect, test } from './fixtures';
import { ExportPage } from './pages/export-page';

// The e2e server's database (scripts/e2e/serve.ts), read directly so the expected row count does
// not come from the app under test.
const E2E_DB = fileURLToPath(new URL('../data/e2e/pathwise-e2e.db', import.meta.url));
function eventCount(where = '', ...args: unknown[]): number {
  const database = new Database(E2E_DB, { readonly: true, fileMustExist: true });
  try {
    return (database.prepare(`SELECT count(*) AS n FROM Event ${where}`).get(...args) as { n: number }).n;
  } finally {
    database.close();
  }
}
const FILENAME = /^pathwise-clickstream-\d{8}-\d{6}\.xlsx$/;

test('an admin downloads the clickstream spreadsheet and it parses with every event', async ({ page, signInAs }) => {
  test.setTimeout(180_000);
  await signInAs('ADMIN');
  const exportPage = new ExportPage(page);
  await exportPage.goto();
  const expected = eventCount();
  expect(expected).toBeGreaterThan(1000);

  const downloading = exportPage.downloadWith();
  // While it runs the button cannot start a second copy, and progress is shown.
  await expect(exportPage.downloadButton).toBeDisabled();
  await expect(exportPage.status).toHaveAttribute('data-state', 'running');
  const download = await downloading;

  expect(download.suggestedFilename()).toMatch(FILENAME);
  const stamp = /(\d{8})-(\d{6})/.exec(download.suggestedFilename())!;
  const named = Date.UTC(
    +stamp[1]!.slice(0, 4),
    +stamp[1]!.slice(4, 6) - 1,
    +stamp[1]!.slice(6),
    +stamp[2]!.slice(0, 2),
    +stamp[2]!.slice(2, 4),
    +stamp[2]!.slice(4),
  );
  expect(Math.abs(Date.now() - named)).toBeLessThan(10 * 60_000);

  const book = XLSX.read(readFileSync(await download.path()), { type: 'buffer' });
  expect(book.SheetNames).toEqual(['Clickstream']);
  const rows = XLSX.utils.sheet_to_json<unknown[]>(book.Sheets.Clickstream!, { header: 1, raw: true });
  expect(rows[0]).toEqual([
    'ID',
    'User ID',
    'Username',
    'Session ID',
    'Page URL',
    'Element ID',
    'Element Class',
    'Element Text',
    'Click X',
    'Click Y',
    'Timestamp',
    'User Agent',
    'IP Address',
    'Site',
    'Visitor ID',
    'Event Type',
    'Category',
    'Event Name',
    'Path',
    'Referrer',
    'Channel',
    'Scroll Depth',
    'Duration (ms)',
    'Properties (JSON)',
  ]);
  expect(rows.length - 1).toBe(expected);
  const ids = rows.slice(1).map((row) => row[0] as number);
  expect(ids.every((id, i) => typeof id === 'number' && (i === 0 || id > ids[i - 1]!))).toBe(true);
  expect(typeof rows[1]![10]).toBe('number'); // Timestamp is a date serial, not text

  await expect(exportPage.status).toContainText(`Saved ${download.suggestedFilename()}`);
  await expect(exportPage.downloadButton).toBeEnabled();
  // The download is in the audit list.
  await expect(exportPage.recentExports.locator('tbody tr').first()).toContainText(expected.toLocaleString('en-US'));
  await expect(exportPage.recentExports.locator('tbody tr').first()).toContainText('completed');
});

test('filters in the URL narrow the export; CSV opens with the same columns', async ({ page, signInAs }) => {
  await signInAs('ADMIN');
  const exportPage = new ExportPage(page);
  await exportPage.goto('site=demo&types=click');
  const download = await exportPage.downloadWith(exportPage.formatButton('CSV'));
  expect(download.suggestedFilename()).toMatch(/^pathwise-clickstream-\d{8}-\d{6}\.csv$/);
  const records = parseCsv(readFileSync(await download.path(), 'utf8'), { bom: true }) as string[][];
  expect(records[0]![0]).toBe('ID');
  expect(records.length - 1).toBe(eventCount("WHERE type = 'click' AND siteId = (SELECT id FROM Site WHERE key = ?)", 'demo'));
  expect(records.slice(1).every((record) => record[15] === 'click')).toBe(true);
});

test('an instructor is refused by the page and the download route', async ({ page, signInAs }) => {
  await signInAs('INSTRUCTOR');
  const response = await page.goto('/export');
  expect(response?.status()).toBe(403);
  await expect(page.getByRole('button', { name: 'Download clickstream (.xlsx)' })).toHaveCount(0);
  const api = await page.request.get('/api/export');
  expect(api.status()).toBe(403);
  expect((await api.json()) as unknown).toMatchObject({ error: { code: 'forbidden' } });
});

test('an anonymous visitor is sent to sign in; the route answers 401', async ({ page }) => {
  await page.goto('/export');
  const url = new URL(page.url());
  expect(url.pathname).toBe('/login');
  expect(url.searchParams.get('callbackUrl')).toBe('/export');
  const api = await page.request.get('/api/export');
  expect(api.status()).toBe(401);
});
