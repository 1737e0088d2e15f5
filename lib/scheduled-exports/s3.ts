// The S3 client for one destination. Any S3-compatible service works: a custom endpoint uses
// path-style URLs (most such services expect them), and checksums are only sent when an operation
// requires them, because several compatible servers reject the SDK's newer default trailers.
import { createReadStream } from 'node:fs';
import http from 'node:http';
import https from 'node:https';
import { PutObjectCommand, S3Client } from '@aws-sdk/client-s3';
import { guardedLookup, privateDestinationsAllowed } from './endpoint-guard';

export type S3Target = { endpoint: string; region: string; accessKeyId: string; secretAccessKey: string };

export function s3ClientFor(target: S3Target): S3Client {
  return new S3Client({
    region: target.region,
    ...(target.endpoint && { endpoint: target.endpoint, forcePathStyle: true }),
    credentials: { accessKeyId: target.accessKeyId, secretAccessKey: target.secretAccessKey },
    requestChecksumCalculation: 'WHEN_REQUIRED',
    responseChecksumValidation: 'WHEN_REQUIRED',
    maxAttempts: 3,
    // Every connection re-checks the addresses it is about to use (lib/scheduled-exports/endpoint-guard.ts).
    ...(!privateDestinationsAllowed() && {
      requestHandler: { httpAgent: new http.Agent({ lookup: guardedLookup }), httpsAgent: new https.Agent({ lookup: guardedLookup }) },
    }),
  });
}

/** Streams a local file to bucket/key; the SDK signs it with the length known up front. */
export async function uploadFile(
  client: S3Client,
  bucket: string,
  key: string,
  file: { path: string; bytes: number; contentType: string },
) {
  await client.send(
    new PutObjectCommand({
      Bucket: bucket,
      Key: key,
      Body: createReadStream(file.path),
      ContentLength: file.bytes,
      ContentType: file.contentType,
    }),
  );
}
