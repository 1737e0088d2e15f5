import Link from 'next/link';
import { StatusPage } from '@/components/status/status-page';

export default function NotFound() {
  return (
    <StatusPage
      code="404 · Not found"
      title="We couldn't find that page"
      actions={
        <Link href="/" className="button">
          Go to my home page
        </Link>
      }
    >
      <p>The link may be out of date, or the page may not exist yet.</p>
    </StatusPage>
  );
}
