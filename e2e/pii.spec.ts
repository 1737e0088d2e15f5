// Issue 11, finding 3, tried as filed: a card number as a number in props, an e-mail address as a
// prop key, in el.tag and in lang, and a card number written with dots. None is stored as sent.
import { randomBytes } from 'node:crypto';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import Database from 'better-sqlite3';
import { devices } from '@playwright/test';
import { expect, test } from './fixtures';

const databaseFile = path.join(path.dirname(fileURLToPath(import.meta.url)), '..', 'data', 'e2e', 'pathwise-e2e.db');
const EMAIL = 'jane.doe@school.example';

test('card numbers and e-mail addresses are redacted in every field of a browser batch', async ({ page, request, signInAs }) => {
  const sid = randomBytes(12).toString('base64url');
  const now = Date.now();
  const response = await request.post('/api/collect', {
    headers: { origin: 'http://localhost', 'user-agent': devices['Desktop Chrome'].userAgent, 'content-type': 'text/plain' },
    data: JSON.stringify({
      site: 'demo',
      anon: randomBytes(12).toString('base64url'),
      sid,
      lang: EMAIL,
      sent: now,
      events: [
        {
          type: 'click',
          ts: now,
          url: 'http://localhost/checkout',
          title: 'card 4111.1111.1111.1111',
          el: { tag: EMAIL, id: 'pay', text: 'Pay' },
          props: { amount: 4111111111111111, [EMAIL]: 'key', plain: 42 },
        },
      ],
    }),
  });
  expect(response.status()).toBe(200);

  await signInAs('ADMIN');
  let stored: Record<string, unknown> | undefined;
  await expect
    .poll(async () => {
      const recent = (await (await page.request.get('/api/events/recent?limit=50&site=demo')).json()) as {
        events: Record<string, unknown>[];
      };
      stored = recent.events.find(
        (event) => event.url === 'http://localhost/checkout' && Date.parse(String(event.receivedAt)) >= now - 1000,
      );
      return !!stored;
    })
    .toBe(true);
  expect(stored).toMatchObject({ title: 'card [card]', elementTag: '[email]', props: { amount: '[card]', '[email]': 'key', plain: 42 } });
  const database = new Database(databaseFile, { readonly: true, fileMustExist: true });
  try {
    expect(database.prepare(`SELECT "language" FROM "Session" WHERE "clientId" = ?`).get(sid)).toEqual({ language: '[email]' });
  } finally {
    database.close();
  }
  expect(JSON.stringify(stored)).not.toContain('4111');
  expect(JSON.stringify(stored)).not.toContain(EMAIL);
});
