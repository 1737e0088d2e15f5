import { PageHeader } from './page-header';

/** A page's title, its site and period, and the notice for filters that were ignored. */
export function DashboardHeading({ title, subtitle, notice }: { title: string; subtitle: string; notice?: string | null }) {
  return (
    <>
      <PageHeader title={title} subtitle={subtitle} />
      {notice && (
        <p className="notice" role="status">
          {notice}
        </p>
      )}
    </>
  );
}
