'use server';
import { revalidatePath } from 'next/cache';
import { requireRole } from '@/lib/auth';
import { changeDigestSubscription } from '@/lib/queries/mail-preferences';

/** A parent's own opt-in or opt-out of the weekly summary e-mail. */
export async function weeklySummaryAction(form: FormData): Promise<void> {
  const user = await requireRole('PARENT');
  await changeDigestSubscription(user, form.get('optIn') === 'true');
  revalidatePath('/children', 'layout');
}
