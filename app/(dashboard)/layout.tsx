import type { ReactNode } from 'react';
import { accessibleSites } from '@/lib/access';
import { requirePageUser } from '@/lib/auth';
import { DashboardShell } from '@/components/shell/dashboard-shell';

// Checked here too so a wrong role gets the 403 before anything streams; each page still checks
// for itself, because layouts are not re-run on client-side navigation.
export default async function DashboardLayout({ children }: { children: ReactNode }) {
  const user = await requirePageUser('ADMIN', 'INSTRUCTOR');
  const sites = await accessibleSites(user);
  return (
    <DashboardShell user={user} sites={sites}>
      {children}
    </DashboardShell>
  );
}
