'use server';
// The language switcher's one server action: remembers the choice in a cookie (signed-out pages
// such as login) and, for a signed-in user, in their profile, which then wins on every device.
import { cookies } from 'next/headers';
import { revalidatePath } from 'next/cache';
import { z } from 'zod';
import { getCurrentUser } from '@/lib/auth';
import { setUserLocale } from '@/lib/queries/user-locale';
import { LOCALE_COOKIE, LOCALES } from './config';

const input = z.enum(LOCALES);

export async function setLocaleAction(locale: unknown): Promise<void> {
  const chosen = input.parse(locale);
  const user = await getCurrentUser();
  if (user) await setUserLocale(user.id, chosen);
  (await cookies()).set(LOCALE_COOKIE, chosen, { path: '/', maxAge: 31_536_000, sameSite: 'lax' });
  revalidatePath('/', 'layout');
}
