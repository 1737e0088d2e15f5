'use server';
import { revalidatePath } from 'next/cache';
import { z } from 'zod';
import { requireRole } from '@/lib/auth';
import { markNotifications } from '@/lib/queries/notifications';

const input = z.object({ id: z.string().min(1).max(64).optional(), read: z.enum(['true', 'false']) });

/** Marks one alert (or all, without an id) read or unread; only the caller's own. */
export async function markNotificationsAction(form: FormData): Promise<void> {
  const user = await requireRole('ADMIN', 'INSTRUCTOR');
  const { id, read } = input.parse({ id: form.get('id') ?? undefined, read: form.get('read') });
  await markNotifications(user, read === 'true', id);
  revalidatePath('/dashboard', 'layout');
}
