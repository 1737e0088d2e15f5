// Benchmark (reports, never asserts): size of the served SDK, raw and gzip -9, against the 3 KB
// budget for the whole taxonomy. Builds in memory, so it measures the current source.
//   npx tsx scripts/bench/sdk-size.ts
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildSdk } from '../build-sdk';

export const SDK_GZIP_TARGET_BYTES = 3 * 1024;

export type SdkSize = { raw: number; gzip: number; brotli: number; target: number; ratio: number };

export async function measureSdkSize(): Promise<SdkSize> {
  const code = Buffer.from(await buildSdk(null));
  const gzip = gzipSync(code, { level: 9 }).length;
  const brotli = brotliCompressSync(code, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length;
  return { raw: code.length, gzip, brotli, target: SDK_GZIP_TARGET_BYTES, ratio: gzip / SDK_GZIP_TARGET_BYTES };
}

export async function main(): Promise<SdkSize> {
  const size = await measureSdkSize();
  console.log('SDK size (lib/sdk → sdk.js, minified, every event type in the taxonomy)');
  console.log(`  raw        ${size.raw} B`);
  console.log(
    `  gzip -9    ${size.gzip} B   target ≤ ${size.target} B   ratio ${size.ratio.toFixed(3)}   ${size.gzip <= size.target ? 'within target' : 'OVER TARGET'}`,
  );
  console.log(`  brotli 11  ${size.brotli} B   (what most browsers actually download)`);
  return size;
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  main().catch((error: unknown) => {
    console.error(error);
    process.exit(1);
  });
}
