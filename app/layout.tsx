import type { Metadata, Viewport } from 'next';
import { cookies } from 'next/headers';
import type { ReactNode } from 'react';
import { NextIntlClientProvider } from 'next-intl';
import { getLocale } from 'next-intl/server';
import { parseTheme, THEME_COOKIE } from '@/lib/theme';
import { hasDemoData } from '@/lib/queries/demo-logins';
import { DemoBanner } from '@/components/shell/demo-banner';
import { SkipLink } from '@/components/shell/skip-link';
import './globals.css';

export const metadata: Metadata = {
  title: { default: 'Pathwise', template: '%s · Pathwise' },
  description: 'Self-hosted web and learning analytics for education platforms.',
  applicationName: 'Pathwise',
  // A private dashboard: nothing here belongs in a search index.
  robots: { index: false, follow: false },
};

export const viewport: Viewport = {
  width: 'device-width',
  initialScale: 1,
  themeColor: [
    { media: '(prefers-color-scheme: light)', color: '#f5f6fa' },
    { media: '(prefers-color-scheme: dark)', color: '#0d1016' },
  ],
};

export default async function RootLayout({ children }: { children: ReactNode }) {
  // The server applies a pinned theme, so the first paint is already right.
  const theme = parseTheme((await cookies()).get(THEME_COOKIE)?.value);
  const locale = await getLocale();
  return (
    <html lang={locale} data-theme={theme === 'system' ? undefined : theme}>
      <body>
        {/* Inherits locale and messages from lib/i18n/request.ts, so client leaves can call useTranslations. */}
        <NextIntlClientProvider>
          <SkipLink />
          {(await hasDemoData()) && <DemoBanner />}
          {children}
        </NextIntlClientProvider>
      </body>
    </html>
  );
}
