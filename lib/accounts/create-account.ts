// Creating a sign-in account, for the first-run setup page and `npm run user -- create`. Takes the
// client as a parameter (no server-only import) so the CLI can use it outside Next.
import bcrypt from 'bcryptjs';
import { z } from 'zod';
import type { Db } from '@/lib/db';
import { ROLES } from '@/lib/auth/roles';

const BCRYPT_COST = 12;
export const MIN_PASSWORD_LENGTH = 12;

export const accountInputSchema = z.object({
  email: z.email('must be an e-mail address').max(254).trim().toLowerCase(),
  name: z.string().trim().min(1, 'must not be empty').max(100),
  password: z.string().min(MIN_PASSWORD_LENGTH, `must be at least ${MIN_PASSWORD_LENGTH} characters`).max(200),
  role: z.enum(ROLES),
});
export type AccountInput = z.input<typeof accountInputSchema>;

export class AccountError extends Error {
  override name = 'AccountError';
}

/** Key of the Setting row written once by the first-run setup; its uniqueness makes setup one-time. */
export const SETUP_SETTING_KEY = 'setup';

export async function createAccount(db: Db, input: AccountInput) {
  const account = accountInputSchema.parse(input);
  if (await db.user.findUnique({ where: { email: account.email }, select: { id: true } })) {
    throw new AccountError(`An account with the e-mail ${account.email} already exists.`);
  }
  const passwordHash = await bcrypt.hash(account.password, BCRYPT_COST);
  return db.user.create({
    data: { email: account.email, name: account.name, role: account.role, passwordHash },
    select: { id: true, email: true, name: true, role: true },
  });
}

/** Whether nobody can sign in yet: the first visit then leads to the setup page. */
export async function needsSetup(db: Db): Promise<boolean> {
  return (await db.user.count()) === 0;
}

/**
 * The first admin of an empty instance. The Setting row is inserted in the same transaction, so of
 * two concurrent attempts one fails on its primary key, and setup can never run twice.
 */
export async function createFirstAdmin(db: Db, input: Omit<AccountInput, 'role'>) {
  const account = accountInputSchema.parse({ ...input, role: 'ADMIN' });
  const passwordHash = await bcrypt.hash(account.password, BCRYPT_COST);
  try {
    return await db.$transaction(async (tx) => {
      if ((await tx.user.count()) > 0) throw new AccountError('This instance is already set up. Sign in instead.');
      await tx.setting.create({ data: { key: SETUP_SETTING_KEY, value: { at: new Date().toISOString(), email: account.email } } });
      return tx.user.create({
        data: { email: account.email, name: account.name, role: 'ADMIN', passwordHash },
        select: { id: true, email: true, name: true, role: true },
      });
    });
  } catch (error) {
    if (error instanceof AccountError) throw error;
    if ((error as { code?: string }).code === 'P2002') throw new AccountError('This instance is already set up. Sign in instead.');
    throw error;
  }
}
