import { notFound } from 'next/navigation';
import { getTranslations } from 'next-intl/server';
import { requirePageUser } from '@/lib/auth';
import { getChildren } from '@/lib/queries/children';
import { ChildSwitcher } from '@/components/family/child-switcher';
import { ChildSummary } from '@/components/family/child-summary';
import { SectionSkeleton } from '@/components/learning/stat-grid';
import styles from '@/components/family/family.module.css';
import { AsyncSection } from '@/components/status/async-section';
import { WeeklySummaryToggle } from '@/components/family/weekly-summary-toggle';

export async function generateMetadata() {
  return { title: (await getTranslations('parent'))('title') };
}

export default async function ChildPage({ params }: { params: Promise<{ id: string }> }) {
  const user = await requirePageUser('PARENT');
  const { id } = await params;
  // The parent's own children are the rule: someone else's child and an unknown id look the
  // same (not found), so ids cannot be probed. The summary checks again in the data layer.
  const [children, t] = await Promise.all([getChildren(user), getTranslations('parent')]);
  const child = children.find((item) => item.id === id);
  if (!child) notFound();
  const firstName = child.name.split(' ')[0] ?? child.name;
  const summaryTitle = t('summarySection', { name: child.name });

  return (
    <>
      <div className={styles.intro}>
        <div>
          <p className="muted">{t('summaryFor')}</p>
          <h1 translate="no">{child.name}</h1>
          <p className="muted">{t.rich('learningNow', { name: firstName, user: (chunks) => <span translate="no">{chunks}</span> })}</p>
        </div>
        <ChildSwitcher items={children} currentId={child.id} />
      </div>
      <AsyncSection key={child.id} title={summaryTitle} fallback={<SectionSkeleton label={summaryTitle} height={320} />}>
        <ChildSummary viewer={user} childId={child.id} firstName={firstName} />
      </AsyncSection>
      <AsyncSection title={t('weeklyEmail')} fallback={null}>
        <WeeklySummaryToggle user={user} />
      </AsyncSection>
    </>
  );
}
