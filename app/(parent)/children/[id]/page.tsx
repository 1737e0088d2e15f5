import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { requirePageUser } from '@/lib/auth';
import { getChildren } from '@/lib/queries/children';
import { ChildSwitcher } from '@/components/family/child-switcher';
import { ChildSummary } from '@/components/family/child-summary';
import { SectionSkeleton } from '@/components/learning/stat-grid';
import styles from '@/components/family/family.module.css';
import { AsyncSection } from '@/components/status/async-section';
import { WeeklySummaryToggle } from '@/components/family/weekly-summary-toggle';

export const metadata: Metadata = { title: 'Your child' };

export default async function ChildPage({ params }: { params: Promise<{ id: string }> }) {
  const user = await requirePageUser('PARENT');
  const { id } = await params;
  // The parent's own children are the rule: someone else's child and an unknown id look the
  // same (not found), so ids cannot be probed. The summary checks again in the data layer.
  const children = await getChildren(user);
  const child = children.find((item) => item.id === id);
  if (!child) notFound();

  return (
    <>
      <div className={styles.intro}>
        <div>
          <p className="muted">Summary for</p>
          <h1>{child.name}</h1>
          <p className="muted">What {child.name.split(' ')[0]} is learning right now</p>
        </div>
        <ChildSwitcher items={children} currentId={child.id} />
      </div>
      <AsyncSection
        key={child.id}
        title={`${child.name}'s summary`}
        fallback={<SectionSkeleton label={`${child.name}'s summary`} height={320} />}
      >
        <ChildSummary viewer={user} childId={child.id} firstName={child.name.split(' ')[0] ?? child.name} />
      </AsyncSection>
      <AsyncSection title="Weekly e-mail" fallback={null}>
        <WeeklySummaryToggle user={user} />
      </AsyncSection>
    </>
  );
}
