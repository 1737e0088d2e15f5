// Prisma CLI config for machines that can run Prisma's native engines, e.g.
//   npx prisma migrate deploy --config prisma/prisma.config.ts
// It points the CLI at the same per-provider schema and migrations folders our offline tooling
// (scripts/db/*) reads and writes, choosing the provider from DATABASE_URL's scheme.
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'prisma/config';
import { parseDatabaseUrl } from '../lib/database-url';

const projectRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

// The CLI would resolve a relative SQLite path against this folder; the app resolves it against the
// project root. Making it absolute here means both open the same file.
const target = parseDatabaseUrl(process.env.DATABASE_URL, projectRoot);
const url = target.provider === 'sqlite' && target.file !== ':memory:' ? `file:${target.file}` : target.url;

// Paths below are relative to this file, as Prisma resolves them.
export default defineConfig({
  schema: `${target.provider}/schema.prisma`,
  migrations: { path: `${target.provider}/migrations` },
  datasource: { url },
});
