import type { ReactNode } from 'react';
import { requirePageUser } from '@/lib/auth';
import { SimpleShell } from '@/components/shell/simple-shell';

export default async function StudentLayout({ children }: { children: ReactNode }) {
  const user = await requirePageUser('STUDENT');
  return (
    <SimpleShell user={user} homeHref="/me">
      {children}
    </SimpleShell>
  );
}
