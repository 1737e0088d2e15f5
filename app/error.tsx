'use client';

import Link from 'next/link';
import { StatusPage } from '@/components/status/status-page';

// Server errors arrive with only a digest (details stay in the server log); client ones may be anything.
export default function ErrorPage({ error, retry }: { error: unknown; retry: () => void }) {
  const digest = error instanceof Error && 'digest' in error && typeof error.digest === 'string' ? error.digest : null;
  return (
    <StatusPage
      code="Error"
      title="Something went wrong"
      actions={
        <>
          <button type="button" className="button" onClick={() => retry()}>
            Try again
          </button>
          <Link href="/" className="button button-secondary">
            Go home
          </Link>
        </>
      }
    >
      <p>The page could not be loaded. The error has been logged{digest ? ` (reference ${digest})` : ''}.</p>
    </StatusPage>
  );
}
