// Property-based fuzzing of the three ingest endpoints, on the real route handlers and database:
// whatever arrives, the answer is never a 5xx, every refusal is { error: { code, message } }, and
// the number of stored events changes by exactly what the answer says was accepted.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { db } from '@/lib/db';
import { GET, POST } from '@/app/api/collect/route';
import { POST as SERVER_POST } from '@/app/api/events/route';
import { rotateSiteSecret } from '@/lib/sites/secret';
import { body, pixelQuery } from './fuzz-arbitraries';
import { CHROME_UA, cleanup, createSite, eventCount } from './int-fixtures';

// Thousands of requests from one test network must not turn into 429s, or little would be tested.
process.env.PATHWISE_COLLECT_RATE = '1000000';
const RUNS = Number(process.env.PATHWISE_FUZZ_RUNS ?? 700);

let site: Awaited<ReturnType<typeof createSite>>;
let secret: string;
before(async () => {
  site = await createSite();
  secret = (await rotateSiteSecret(site.id)).secret;
});
after(async () => {
  await cleanup([site.id], []);
  await db.$disconnect();
});

/** Checks one answer and returns how many events it says were stored. */
async function acceptedBy(response: Response): Promise<number> {
  assert.ok(response.status < 500, `answered ${response.status}: ${await response.clone().text()}`);
  if (response.headers.get('content-type') === 'image/gif') return response.status === 200 ? 1 : 0;
  const answer = (await response.json()) as { stored?: unknown; error?: { code?: unknown; message?: unknown } };
  if (response.ok) {
    assert.equal(typeof answer.stored, 'number');
    return answer.stored as number;
  }
  assert.equal(typeof answer.error?.code, 'string', JSON.stringify(answer));
  assert.equal(typeof answer.error?.message, 'string', JSON.stringify(answer));
  return 0;
}

// Both outcomes must occur, or the generators have drifted into testing only one path.
const seen = { accepted: 0, refused: 0 };

async function holds(send: () => Promise<Response>): Promise<void> {
  const before = await eventCount(site.id);
  const stored = await acceptedBy(await send());
  assert.equal(await eventCount(site.id), before + stored, 'stored count differs from the acknowledged count');
  seen[stored > 0 ? 'accepted' : 'refused'] += 1;
}

async function fuzz<T>(arbitrary: fc.Arbitrary<T>, send: (value: T) => Promise<Response>) {
  seen.accepted = seen.refused = 0;
  await fc.assert(
    fc.asyncProperty(arbitrary, (value) => holds(() => send(value))),
    { numRuns: RUNS },
  );
  assert.ok(seen.accepted > RUNS / 10 && seen.refused > RUNS / 10, `accepted ${seen.accepted}, refused ${seen.refused}`);
}

const headers = (extra: Record<string, string>) => ({ 'user-agent': CHROME_UA, origin: 'https://school.test', ...extra });

test('POST /api/collect never answers 5xx and stores exactly what it acknowledges', async () => {
  await fuzz(body(site.key, Date.now()), (text) =>
    POST(
      new Request('http://pathwise.test/api/collect', { method: 'POST', headers: headers({ 'content-type': 'text/plain' }), body: text }),
    ),
  );
});

test('POST /api/events never answers 5xx and stores exactly what it acknowledges', async () => {
  await fuzz(body(site.key, Date.now()), (text) =>
    SERVER_POST(
      new Request('http://pathwise.test/api/events', {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: `Bearer ${secret}`, 'user-agent': 'platform/1.0' },
        body: text,
      }),
    ),
  );
});

test('the pixel never answers 5xx and stores one pageview exactly when it answers 200', async () => {
  await fuzz(pixelQuery(site.key), (query) =>
    GET(
      new Request(`http://pathwise.test/api/collect?${new URLSearchParams(query).toString()}`, {
        headers: headers({ referer: 'https://school.test/page' }),
      }),
    ),
  );
});
