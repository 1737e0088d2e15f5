import { PageHeader } from './page-header';
import { Notice } from '@/components/status/notice';

/** A page's title, its site and period, and the notice for filters that were ignored. */
export function DashboardHeading({ title, subtitle, notice }: { title: string; subtitle: string; notice?: string | null }) {
  return (
    <>
      <PageHeader title={title} subtitle={subtitle} />
      {notice && <Notice>{notice}</Notice>}
    </>
  );
}
