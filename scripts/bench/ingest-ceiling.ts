// The ingest bench's ceilings: the same event rows inserted straight into the database in one
// transaction, with none of the server's work around them (better-sqlite3; pg multi-row INSERTs).
import { rmSync } from 'node:fs';
import Database from 'better-sqlite3';
import pg from 'pg';
import { sqliteDate } from '../../lib/sql/dialect';
import { migrateDatabase } from '../db/migrate';

const UA = 'Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/126.0.0.0 Safari/537.36';

export async function freshDatabase(file: string): Promise<string> {
  for (const suffix of ['', '-wal', '-shm']) rmSync(file + suffix, { force: true });
  const url = `file:${file}`;
  await migrateDatabase(url);
  return url;
}

export /** The ceiling: the same number of event rows, inserted by better-sqlite3 in one transaction. */
async function rawInsertRate(rows: number): Promise<number> {
  const file = '/tmp/pw-bench-ceiling.db';
  await freshDatabase(file);
  const sqlite = new Database(file);
  sqlite.pragma('journal_mode = WAL');
  sqlite.pragma('synchronous = NORMAL');
  const at = sqliteDate(new Date());
  sqlite.prepare(`INSERT INTO "Site" (id, key, name, domains, createdAt, updatedAt) VALUES ('s', 'ceiling', 'c', '[]', ?, ?)`).run(at, at);
  sqlite.prepare(`INSERT INTO "Visitor" (id, siteId, anonId, firstSeen, lastSeen) VALUES ('v', 's', 'a', ?, ?)`).run(at, at);
  sqlite
    .prepare(`INSERT INTO "Session" (id, siteId, clientId, visitorId, startedAt, lastSeenAt) VALUES ('x', 's', 'c', 'v', ?, ?)`)
    .run(at, at);
  const insert = sqlite.prepare(
    `INSERT INTO "Event" (siteId, sessionId, visitorId, type, category, url, path, elementId, elementTag, elementText, x, y, source, trusted, timestamp, receivedAt, userAgent, ip)
     VALUES ('s', 'x', 'v', ?, 'navigation', ?, ?, ?, 'button', 'Continue quest', ?, ?, 'BROWSER', 1, ?, ?, ?, '127.0.0.0')`,
  );
  const t0 = performance.now();
  sqlite.transaction(() => {
    for (let i = 0; i < rows; i++)
      insert.run(
        i % 10 ? 'click' : 'pageview',
        `https://learn.example.org/quests/${i % 40}`,
        `/quests/${i % 40}`,
        `b${i % 10}`,
        i % 10,
        i % 10,
        at,
        at,
        UA,
      );
  })();
  const rate = rows / ((performance.now() - t0) / 1000);
  sqlite.close();
  return rate;
}

/** The PostgreSQL ceiling, in the bench's own (already migrated) database. */
export async function rawPostgresRate(url: string, rows: number): Promise<number> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    const at = new Date();
    await client.query(`INSERT INTO "Site" (id, key, name, domains, "createdAt", "updatedAt") VALUES ('s', 'ceiling', 'c', '[]', $1, $1)`, [
      at,
    ]);
    await client.query(`INSERT INTO "Visitor" (id, "siteId", "anonId", "firstSeen", "lastSeen") VALUES ('v', 's', 'a', $1, $1)`, [at]);
    await client.query(
      `INSERT INTO "Session" (id, "siteId", "clientId", "visitorId", "startedAt", "lastSeenAt") VALUES ('x', 's', 'c', 'v', $1, $1)`,
      [at],
    );
    const PER = 400; // the collector's chunk size
    const t0 = performance.now();
    await client.query('BEGIN');
    for (let done = 0; done < rows; done += PER) {
      const params: unknown[] = [];
      const tuples: string[] = [];
      for (let i = done; i < Math.min(rows, done + PER); i++) {
        const n = params.length;
        params.push(
          i % 10 ? 'click' : 'pageview',
          `https://learn.example.org/quests/${i % 40}`,
          `/quests/${i % 40}`,
          `b${i % 10}`,
          i % 10,
          at,
          UA,
        );
        tuples.push(
          `('s', 'x', 'v', $${n + 1}, 'navigation', $${n + 2}, $${n + 3}, $${n + 4}, 'button', 'Continue quest', $${n + 5}, $${n + 5}, 'BROWSER', true, $${n + 6}, $${n + 6}, $${n + 7}, '127.0.0.0')`,
        );
      }
      await client.query(
        `INSERT INTO "Event" ("siteId", "sessionId", "visitorId", type, category, url, path, "elementId", "elementTag", "elementText", x, y, source, trusted, timestamp, "receivedAt", "userAgent", ip) VALUES ${tuples.join(', ')}`,
        params,
      );
    }
    await client.query('COMMIT');
    const rate = rows / ((performance.now() - t0) / 1000);
    await client.query(`DELETE FROM "Event" WHERE "siteId" = 's'`);
    return rate;
  } finally {
    await client.end();
  }
}
