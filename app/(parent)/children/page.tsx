import { redirect } from 'next/navigation';
import { getTranslations } from 'next-intl/server';
import { requirePageUser } from '@/lib/auth';
import { getChildren } from '@/lib/queries/children';
import styles from '@/components/family/family.module.css';

export async function generateMetadata() {
  return { title: (await getTranslations('parent'))('childrenTitle') };
}

export default async function ChildrenPage() {
  const user = await requirePageUser('PARENT');
  const [[first], t] = await Promise.all([getChildren(user), getTranslations('parent')]);
  if (first) redirect(`/children/${first.id}`);
  return (
    <>
      <h1>{t.rich('welcome', { name: user.name, user: (chunks) => <span translate="no">{chunks}</span> })}</h1>
      <p className={`card ${styles.note}`}>{t('noChildren')}</p>
    </>
  );
}
