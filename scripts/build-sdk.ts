// Builds the browser SDK (lib/sdk/index.ts) into one minified, dependency-free file.
//   npx tsx scripts/build-sdk.ts            → lib/generated/sdk.js (git-ignored)
//   npx tsx scripts/build-sdk.ts --out FILE → FILE
// app/sdk.js/route.ts serves the result with caching headers. Not public/sdk.js: Next serves
// files in public/ before app routes, so the route (its headers, its 503) would never run.
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
export const SDK_ENTRY = path.join(root, 'lib', 'sdk', 'index.ts');
export const SDK_OUTPUT = path.join(root, 'lib', 'generated', 'sdk.js');

/** Bundles and minifies the SDK; returns the code (and writes it when `outfile` is given). */
export async function buildSdk(outfile: string | null = SDK_OUTPUT): Promise<string> {
  const result = await build({
    entryPoints: [SDK_ENTRY],
    bundle: true,
    minify: true,
    format: 'iife',
    // Browsers from 2020 on: keeps optional chaining and ?? native, which is most of the size win.
    target: 'es2020',
    platform: 'browser',
    legalComments: 'none',
    write: false,
    logLevel: 'silent',
  });
  const code = result.outputFiles[0]?.text ?? '';
  if (!code) throw new Error('esbuild produced no output for the SDK');
  if (outfile) {
    mkdirSync(path.dirname(outfile), { recursive: true });
    writeFileSync(outfile, code);
  }
  return code;
}

async function main() {
  const outIndex = process.argv.indexOf('--out');
  const outfile = outIndex > 0 ? path.resolve(process.argv[outIndex + 1] ?? '') : SDK_OUTPUT;
  const code = await buildSdk(outfile);
  console.log(`build-sdk: wrote ${path.relative(root, outfile)} (${code.length} bytes)`);
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  main().catch((error: unknown) => {
    console.error(`build-sdk: ${error instanceof Error ? error.message : String(error)}`);
    process.exit(1);
  });
}
