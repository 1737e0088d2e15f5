/** @type {import('next').NextConfig} */
const nextConfig = {
  reactStrictMode: true,
  poweredByHeader: false,
  // Prisma's generated clients and the native SQLite driver load at run time on the server.
  serverExternalPackages: ['better-sqlite3'],
  typedRoutes: false,
  // forbidden() in pages (lib/auth.ts requirePageUser) renders app/forbidden.tsx with a 403.
  experimental: { authInterrupts: true },
};

export default nextConfig;
