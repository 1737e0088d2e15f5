import type { Metadata } from 'next';
import { redirect } from 'next/navigation';
import { requirePageUser } from '@/lib/auth';
import { getChildren } from '@/lib/queries/children';
import styles from '@/components/family/family.module.css';

export const metadata: Metadata = { title: 'Your children' };

export default async function ChildrenPage() {
  const user = await requirePageUser('PARENT');
  const [first] = await getChildren(user);
  if (first) redirect(`/children/${first.id}`);
  return (
    <>
      <h1>Welcome, {user.name}</h1>
      <p className={`card ${styles.note}`}>
        No children are linked to your account yet. Once your school links your child, a summary of their learning will appear here.
      </p>
    </>
  );
}
