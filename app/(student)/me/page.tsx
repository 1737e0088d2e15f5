import { getTranslations } from 'next-intl/server';
import { requirePageUser } from '@/lib/auth';
import { ChildSummary } from '@/components/family/child-summary';
import { SectionSkeleton } from '@/components/learning/stat-grid';
import { AsyncSection } from '@/components/status/async-section';

export async function generateMetadata() {
  return { title: (await getTranslations('student'))('title') };
}

export default async function MePage() {
  const [user, t] = await Promise.all([requirePageUser('STUDENT'), getTranslations('student')]);
  const firstName = user.name.split(' ')[0] ?? user.name;
  return (
    <>
      <div>
        <p className="muted">{t('eyebrow')}</p>
        <h1>{t.rich('greeting', { name: user.name, user: (chunks) => <span translate="no">{chunks}</span> })}</h1>
      </div>
      <AsyncSection title={t('summarySection')} fallback={<SectionSkeleton label={t('summaryLoading')} height={320} />}>
        <ChildSummary viewer={user} childId={user.id} firstName={firstName} you />
      </AsyncSection>
    </>
  );
}
