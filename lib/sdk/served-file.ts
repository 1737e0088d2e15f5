// Server side of GET /sdk.js: reads the file scripts/build-sdk.ts wrote, once per change, and
// hands out the bytes with a strong ETag. Not part of the browser bundle.
import { createHash } from 'node:crypto';
import { readFileSync, statSync } from 'node:fs';
import path from 'node:path';

export type ServedSdk = { body: Buffer; etag: string };

let cached: (ServedSdk & { mtimeMs: number; file: string }) | null = null;

export function sdkFilePath(): string {
  return process.env.PATHWISE_SDK_FILE ?? path.join(process.cwd(), 'lib', 'generated', 'sdk.js');
}

/** The built SDK, or null when it has not been built. */
export function loadServedSdk(file = sdkFilePath()): ServedSdk | null {
  let mtimeMs: number;
  try {
    // The path is chosen at run time on purpose; the ignore comment stops Next tracing the whole project.
    mtimeMs = statSync(/*turbopackIgnore: true*/ file).mtimeMs;
  } catch {
    return null;
  }
  if (cached?.file !== file || cached.mtimeMs !== mtimeMs) {
    const body = readFileSync(/*turbopackIgnore: true*/ file);
    const etag = `"${createHash('sha256').update(body).digest('base64url').slice(0, 27)}"`;
    cached = { body, etag, mtimeMs, file };
  }
  return cached;
}

/** If-None-Match may list several tags, or be a weak match (W/"…"). */
export function etagMatches(header: string | null, etag: string): boolean {
  if (!header) return false;
  return header === '*' || header.split(',').some((tag) => tag.trim().replace(/^W\//, '') === etag);
}
