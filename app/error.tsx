'use client';

import Link from 'next/link';
import { useTranslations } from 'next-intl';
import { StatusPage } from '@/components/status/status-page';

// Server errors arrive with only a digest (details stay in the server log); client ones may be anything.
export default function ErrorPage({ error, retry }: { error: unknown; retry: () => void }) {
  const t = useTranslations('errors.error');
  const digest = error instanceof Error && 'digest' in error && typeof error.digest === 'string' ? error.digest : null;
  return (
    <StatusPage
      code={t('code')}
      title={t('title')}
      actions={
        <>
          <button type="button" className="button" onClick={() => retry()}>
            {t('retry')}
          </button>
          <Link href="/" className="button button-secondary">
            {t('home')}
          </Link>
        </>
      }
    >
      <p>{digest ? t.rich('bodyWithDigest', { digest, ref: (chunks) => <span translate="no">{chunks}</span> }) : t('body')}</p>
    </StatusPage>
  );
}
