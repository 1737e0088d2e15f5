'use server';
// The first-run setup form's action. Public by nature (nobody can sign in yet), so it is guarded
// by the setup token from the server log and refuses once any account exists.
import { redirect } from 'next/navigation';
import { getTranslations } from 'next-intl/server';
import { z, ZodError } from 'zod';
import { AccountError } from '@/lib/accounts/create-account';
import { describeZodError } from '@/lib/http/errors';
import { createFirstAdminAccount } from '@/lib/queries/setup';
import { setupTokenMatches } from '@/lib/setup/setup-token';
import type { ActionState } from '@/app/(dashboard)/admin/_components/action-state';

const formSchema = z.object({
  token: z.string().max(200),
  email: z.string().max(254),
  name: z.string().max(100),
  password: z.string().max(200),
});

export async function createFirstAdminAction(_previous: ActionState, form: FormData): Promise<ActionState> {
  try {
    const { token, ...account } = formSchema.parse(Object.fromEntries(form));
    if (!setupTokenMatches(token)) {
      return { status: 'error', message: (await getTranslations('auth.setup'))('wrongToken') };
    }
    const admin = await createFirstAdminAccount(account);
    console.log(`[pathwise] first admin ${admin.email} created through /setup`);
  } catch (error) {
    if (error instanceof AccountError) return { status: 'error', message: error.message };
    if (error instanceof ZodError) return { status: 'error', message: describeZodError(error) };
    console.error('[pathwise] setup failed', error);
    return { status: 'error', message: (await getTranslations('auth.setup'))('failed') };
  }
  redirect('/login?setup=done');
}
