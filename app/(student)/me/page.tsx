import type { Metadata } from 'next';
import { requirePageUser } from '@/lib/auth';
import { ChildSummary } from '@/components/family/child-summary';
import { SectionSkeleton } from '@/components/learning/stat-grid';
import { AsyncSection } from '@/components/status/async-section';

export const metadata: Metadata = { title: 'My learning' };

export default async function MePage() {
  const user = await requirePageUser('STUDENT');
  const firstName = user.name.split(' ')[0] ?? user.name;
  return (
    <>
      <div>
        <p className="muted">My learning</p>
        <h1>Hi, {user.name}</h1>
      </div>
      <AsyncSection title="Your summary" fallback={<SectionSkeleton label="your summary" height={320} />}>
        <ChildSummary viewer={user} childId={user.id} firstName={firstName} you />
      </AsyncSection>
    </>
  );
}
