// A real S3-compatible server (s3rver) on a free loopback port, for the delivery tests: the AWS
// SDK talks HTTP to it exactly as it would to a bucket elsewhere. Not a test file itself.
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import S3rver from 's3rver';
import { GetObjectCommand, ListObjectsV2Command, type S3Client } from '@aws-sdk/client-s3';
import { s3ClientFor } from './s3';

// s3rver accepts this key pair by default.
export const S3RVER_KEY = 'S3RVER';

export async function startS3Server(buckets: string[]) {
  const directory = mkdtempSync(path.join(os.tmpdir(), 'pathwise-s3-'));
  const server = new S3rver({
    port: 0,
    address: '127.0.0.1',
    silent: true,
    directory,
    configureBuckets: buckets.map((name) => ({ name })),
  });
  const { port } = await server.run();
  const endpoint = `http://127.0.0.1:${port}`;
  const client: S3Client = s3ClientFor({ endpoint, region: 'us-east-1', accessKeyId: S3RVER_KEY, secretAccessKey: S3RVER_KEY });
  return {
    endpoint,
    client,
    async keys(bucket: string): Promise<string[]> {
      const listed = await client.send(new ListObjectsV2Command({ Bucket: bucket }));
      return (listed.Contents ?? []).map((object) => object.Key!).sort();
    },
    async get(bucket: string, key: string): Promise<Buffer> {
      const object = await client.send(new GetObjectCommand({ Bucket: bucket, Key: key }));
      return Buffer.from(await object.Body!.transformToByteArray());
    },
    async stop() {
      client.destroy();
      await server.close();
      rmSync(directory, { recursive: true, force: true });
    },
  };
}
