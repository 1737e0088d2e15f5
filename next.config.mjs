import createNextIntlPlugin from 'next-intl/plugin';

/** @type {import('next').NextConfig} */
const nextConfig = {
  reactStrictMode: true,
  poweredByHeader: false,
  // Prisma's generated clients, the native SQLite driver and the limit stores' clients load at run time on the server.
  serverExternalPackages: ['better-sqlite3', 'ioredis', 'rate-limiter-flexible', 'prom-client'],
  typedRoutes: false,
  // forbidden() in pages (lib/auth.ts requirePageUser) renders app/forbidden.tsx with a 403.
  experimental: { authInterrupts: true },
  // On every answer, the SDK and the APIs included. Pages get their CSP and framing rules from
  // proxy.ts (lib/http/security-headers.ts), because the policy carries a per-request nonce.
  async headers() {
    return [
      {
        source: '/:path*',
        headers: [
          { key: 'X-Content-Type-Options', value: 'nosniff' },
          { key: 'Referrer-Policy', value: 'strict-origin-when-cross-origin' },
        ],
      },
    ];
  },
};

// next-intl without i18n routing: no locale in URLs; lib/i18n/request.ts picks each request's language.
const withNextIntl = createNextIntlPlugin('./lib/i18n/request.ts');

export default withNextIntl(nextConfig);
