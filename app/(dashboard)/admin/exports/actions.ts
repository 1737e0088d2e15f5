'use server';
// The destinations page's server actions. Each checks the role itself: a server action is a public
// endpoint, whatever the page around it shows.
import { revalidatePath } from 'next/cache';
import { recordAudit } from '@/lib/audit';
import { requireRole } from '@/lib/auth';
import { db } from '@/lib/db';
import { describeZodError, HttpError } from '@/lib/http/errors';
import { deliverDestination } from '@/lib/scheduled-exports/deliver';
import { createDestination, deleteDestination, setDestinationEnabled } from '@/lib/scheduled-exports/manage';
import { destinationInputSchema } from '@/lib/scheduled-exports/schema';

export type FormState = { ok: boolean; message: string | null };

const PAGE = '/admin/exports';

function idFrom(formData: FormData): string {
  const id = formData.get('id');
  if (typeof id !== 'string' || !id) throw new HttpError(400, 'invalid_request', 'Missing destination id.');
  return id;
}

export async function createDestinationAction(_previous: FormState, formData: FormData): Promise<FormState> {
  const user = await requireRole('ADMIN');
  const parsed = destinationInputSchema.safeParse(Object.fromEntries(formData));
  if (!parsed.success) return { ok: false, message: describeZodError(parsed.error) };
  try {
    await createDestination(db, parsed.data, user.id);
  } catch (error) {
    if (error instanceof HttpError) return { ok: false, message: error.message };
    throw error;
  }
  revalidatePath(PAGE);
  return { ok: true, message: `Added "${parsed.data.name}". Its first run delivers the site's whole history.` };
}

export async function runNowAction(_previous: FormState, formData: FormData): Promise<FormState> {
  const user = await requireRole('ADMIN');
  const id = idFrom(formData);
  const report = await deliverDestination(db, id);
  await recordAudit(db, { actorId: user.id, action: 'export.destination_run', target: `export_destination:${id}`, details: { ...report } });
  revalidatePath(PAGE);
  if (report.error) return { ok: false, message: `Run failed: ${report.error}` };
  return {
    ok: true,
    message: report.rows === 0 ? 'Nothing new to deliver.' : `Delivered ${report.rows} events in ${report.objects.length} object(s).`,
  };
}

export async function toggleDestinationAction(formData: FormData): Promise<void> {
  const user = await requireRole('ADMIN');
  await setDestinationEnabled(db, idFrom(formData), formData.get('enabled') === 'true', user.id);
  revalidatePath(PAGE);
}

export async function deleteDestinationAction(formData: FormData): Promise<void> {
  const user = await requireRole('ADMIN');
  await deleteDestination(db, idFrom(formData), user.id);
  revalidatePath(PAGE);
}
