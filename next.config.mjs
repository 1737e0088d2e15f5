/** @type {import('next').NextConfig} */
const nextConfig = {
  reactStrictMode: true,
  poweredByHeader: false,
  // Prisma's generated clients, the native SQLite driver and the limit stores' clients load at run time on the server.
  serverExternalPackages: ['better-sqlite3', 'ioredis', 'rate-limiter-flexible', 'prom-client'],
  typedRoutes: false,
  // forbidden() in pages (lib/auth.ts requirePageUser) renders app/forbidden.tsx with a 403.
  experimental: { authInterrupts: true },
};

export default nextConfig;
