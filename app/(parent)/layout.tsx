import type { ReactNode } from 'react';
import { requirePageUser } from '@/lib/auth';
import { SimpleShell } from '@/components/shell/simple-shell';

export default async function ParentLayout({ children }: { children: ReactNode }) {
  const user = await requirePageUser('PARENT');
  return (
    <SimpleShell user={user} homeHref="/children">
      {children}
    </SimpleShell>
  );
}
