import { readdirSync } from 'node:fs';
import path from 'node:path';

const SEARCHED = ['app', 'components', 'lib', 'scripts'];
const SKIPPED = new Set(['node_modules', 'generated', '.next']);

/** Test files under the source folders, sorted so runs are repeatable. */
export function findTests(root: string, kind: 'unit' | 'integration'): string[] {
  const found: string[] = [];
  const walk = (dir: string) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      if (SKIPPED.has(entry.name)) continue;
      const full = path.join(dir, entry.name);
      if (entry.isDirectory()) walk(full);
      else if (matches(entry.name, kind)) found.push(path.relative(root, full));
    }
  };
  for (const folder of SEARCHED) walk(path.join(root, folder));
  return found.sort();
}

function matches(name: string, kind: 'unit' | 'integration'): boolean {
  const integration = /\.int\.test\.tsx?$/.test(name);
  return kind === 'integration' ? integration : !integration && /\.test\.tsx?$/.test(name);
}
