import 'server-only';
import { db } from '@/lib/db';
import { createFirstAdmin, needsSetup, type AccountInput } from '@/lib/accounts/create-account';

/** True while the instance has no account at all: the one state in which /setup is open. */
export function instanceNeedsSetup(): Promise<boolean> {
  return needsSetup(db);
}

export function createFirstAdminAccount(input: Omit<AccountInput, 'role'>) {
  return createFirstAdmin(db, input);
}
