'use server';
// LRS credentials (HTTP Basic for /xapi) from the sites page: create, rotate, revoke. A new or
// rotated secret travels to the browser once, in the action's answer.
import { revalidatePath } from 'next/cache';
import { getTranslations } from 'next-intl/server';
import { z } from 'zod';
import { requireRole } from '@/lib/auth';
import { createLrsCredential, revokeLrsCredential, rotateLrsCredential } from '@/lib/xapi/credentials';
import { actionError } from '../_components/action-error';
import type { ActionState } from '../_components/action-state';
import type { LrsSecretState } from './_components/lrs-secret-state';

const id = z.string().min(1).max(200);
const homePage = (invalid: string) => z.union([z.literal(''), z.string().url(invalid).max(500)]);

export async function createLrsCredentialAction(_previous: LrsSecretState, form: FormData): Promise<LrsSecretState> {
  try {
    const admin = await requireRole('ADMIN');
    const t = await getTranslations('admin.sites.lrs');
    const issued = await createLrsCredential(id.parse(form.get('siteId')), {
      label: z
        .string()
        .max(100)
        .parse(form.get('label') ?? ''),
      homePage: homePage(t('homePageInvalid')).parse(form.get('homePage') ?? ''),
      actorId: admin.id,
    });
    revalidatePath('/admin/sites');
    return { status: 'ok', message: t('created'), key: issued.key, secret: issued.secret };
  } catch (error) {
    return actionError(error);
  }
}

export async function rotateLrsCredentialAction(_previous: LrsSecretState, form: FormData): Promise<LrsSecretState> {
  try {
    const admin = await requireRole('ADMIN');
    const issued = await rotateLrsCredential(id.parse(form.get('siteId')), id.parse(form.get('credentialId')), admin.id);
    revalidatePath('/admin/sites');
    return { status: 'ok', message: (await getTranslations('admin.sites.lrs'))('rotatedMessage'), key: issued.key, secret: issued.secret };
  } catch (error) {
    return actionError(error);
  }
}

export async function revokeLrsCredentialAction(_previous: ActionState, form: FormData): Promise<ActionState> {
  try {
    const admin = await requireRole('ADMIN');
    await revokeLrsCredential(id.parse(form.get('siteId')), id.parse(form.get('credentialId')), admin.id);
    revalidatePath('/admin/sites');
    return { status: 'ok', message: (await getTranslations('admin.sites.lrs'))('revokedMessage') };
  } catch (error) {
    return actionError(error);
  }
}
