'use server';
// The destinations page's server actions. Each checks the role itself, inside its try so a refusal
// is a message under the button: a server action is a public endpoint, whatever the page shows.
import { revalidatePath } from 'next/cache';
import { getTranslations } from 'next-intl/server';
import { z } from 'zod';
import { requireRole } from '@/lib/auth';
import { createDestination, deleteDestination, runDestinationNow, setDestinationEnabled } from '@/lib/scheduled-exports/manage';
import { destinationInputSchema } from '@/lib/scheduled-exports/schema';
import { actionError } from '../_components/action-error';
import type { ActionState } from '../_components/action-state';

const PAGE = '/admin/exports';
const destinationId = z.object({ id: z.string().min(1).max(200) });

export async function createDestinationAction(_previous: ActionState, form: FormData): Promise<ActionState> {
  try {
    const admin = await requireRole('ADMIN');
    const input = destinationInputSchema.parse(Object.fromEntries(form));
    await createDestination(admin, input);
    revalidatePath(PAGE);
    return { status: 'ok', message: (await getTranslations('admin.destinations'))('added', { name: input.name }) };
  } catch (error) {
    return actionError(error);
  }
}

export async function runNowAction(_previous: ActionState, form: FormData): Promise<ActionState> {
  try {
    const admin = await requireRole('ADMIN');
    const { id } = destinationId.parse(Object.fromEntries(form));
    const report = await runDestinationNow(admin, id);
    revalidatePath(PAGE);
    const t = await getTranslations('admin.destinations');
    if (report.error) return { status: 'error', message: t('runFailed', { error: report.error }) };
    const delivered = report.rows === 0 ? t('nothingToDeliver') : t('delivered', { rows: report.rows, objects: report.objects.length });
    return { status: 'ok', message: delivered };
  } catch (error) {
    return actionError(error);
  }
}

export async function toggleDestinationAction(_previous: ActionState, form: FormData): Promise<ActionState> {
  try {
    const admin = await requireRole('ADMIN');
    const { id, enabled } = destinationId.extend({ enabled: z.enum(['true', 'false']) }).parse(Object.fromEntries(form));
    await setDestinationEnabled(admin, id, enabled === 'true');
    revalidatePath(PAGE);
    const t = await getTranslations('admin.destinations');
    return { status: 'ok', message: enabled === 'true' ? t('resumed') : t('pausedMessage') };
  } catch (error) {
    return actionError(error);
  }
}

export async function deleteDestinationAction(_previous: ActionState, form: FormData): Promise<ActionState> {
  try {
    const admin = await requireRole('ADMIN');
    const { id } = destinationId.parse(Object.fromEntries(form));
    await deleteDestination(admin, id);
    revalidatePath(PAGE);
    return { status: 'ok', message: (await getTranslations('admin.destinations'))('deleted') };
  } catch (error) {
    return actionError(error);
  }
}
