// The scheduled S3 delivery across replicas: one destination on s3rver (a real S3-compatible
// server on loopback), delivered by whichever replica claims each export-s3 tick. Afterwards the
// objects are read back and every stored event must be in them exactly once.
import { randomBytes } from 'node:crypto';
import { setTimeout as sleep } from 'node:timers/promises';
import type pg from 'pg';
import { S3RVER_KEY, startS3Server } from '../../../lib/scheduled-exports/int-s3-server';
import { sealSecret } from '../../../lib/scheduled-exports/secret-box';
import { AUTH_SECRET } from './replicas';

export async function startDelivery(client: pg.Client, siteId: string) {
  const bucket = `cluster-${randomBytes(4).toString('hex')}`;
  const s3 = await startS3Server([bucket]);
  const id = `dest-${bucket}`;
  await client.query(
    `INSERT INTO "ExportDestination" (id, "siteId", name, endpoint, bucket, prefix, "accessKeyId", "secretEncrypted", format, schedule, "updatedAt")
     VALUES ($1, $2, 'Cluster', $3, $4, 'cluster/', $5, $6, 'JSON', 'HOURLY', now())`,
    [id, siteId, s3.endpoint, bucket, S3RVER_KEY, sealSecret(S3RVER_KEY, S3RVER_KEY, AUTH_SECRET)],
  );
  return {
    s3,
    /** Waits until the watermark reaches the site's last event, then counts each event id in the bucket. */
    async delivered(timeoutMs: number) {
      const { rows } = await client.query<{ max: number }>(`SELECT max(id) AS max FROM "Event" WHERE "siteId" = $1`, [siteId]);
      const last = rows[0]?.max ?? 0;
      let watermark = 0;
      for (const until = Date.now() + timeoutMs; Date.now() < until; await sleep(250)) {
        watermark = (await client.query<{ watermark: number }>(`SELECT watermark FROM "ExportDestination" WHERE id = $1`, [id])).rows[0]!
          .watermark;
        if (watermark >= last) break;
      }
      const counts = new Map<number, number>();
      const keys = await s3.keys(bucket);
      for (const key of keys) {
        const text = (await s3.get(bucket, key)).toString('utf8').trim();
        for (const line of text ? text.split('\n') : []) {
          const eventId = (JSON.parse(line) as { id: number }).id;
          counts.set(eventId, (counts.get(eventId) ?? 0) + 1);
        }
      }
      const runs = await client.query<{ n: string; failed: string }>(
        `SELECT count(*) AS n, count(*) FILTER (WHERE error IS NOT NULL) AS failed FROM "ExportRun" WHERE "destinationId" = $1`,
        [id],
      );
      return { last, watermark, objects: keys.length, counts, runs: Number(runs.rows[0]!.n), failedRuns: Number(runs.rows[0]!.failed) };
    },
  };
}
