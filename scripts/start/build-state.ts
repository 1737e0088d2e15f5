import { existsSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';

const SOURCES = ['app', 'components', 'lib', 'public', 'prisma/models.prisma', 'package.json', 'next.config.mjs', 'proxy.ts'];

/** True when there is no production build, or a source file changed after it was made. */
export function buildIsStale(root: string): boolean {
  const buildId = path.join(root, '.next', 'BUILD_ID');
  if (!existsSync(buildId)) return true;
  const builtAt = statSync(buildId).mtimeMs;
  return SOURCES.some((source) => newestChange(path.join(root, source)) > builtAt);
}

function newestChange(target: string): number {
  if (!existsSync(target)) return 0;
  const stat = statSync(target);
  if (!stat.isDirectory()) return stat.mtimeMs;
  let newest = 0;
  for (const entry of readdirSync(target, { withFileTypes: true })) {
    // Generated files are outputs of the build itself.
    if (entry.name === 'generated' || entry.name === 'sdk.js') continue;
    newest = Math.max(newest, newestChange(path.join(target, entry.name)));
  }
  return newest;
}
