import Link from 'next/link';
import { StatusPage } from '@/components/status/status-page';

export default function Forbidden() {
  return (
    <StatusPage
      code="403 · Forbidden"
      title="This page is not for your account"
      actions={
        <Link href="/" className="button">
          Go to my home page
        </Link>
      }
    >
      <p>You are signed in, but your role does not give access to this page. If you think it should, ask an administrator.</p>
    </StatusPage>
  );
}
