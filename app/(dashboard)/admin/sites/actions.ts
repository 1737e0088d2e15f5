'use server';
import { revalidatePath } from 'next/cache';
import { z } from 'zod';
import { requireRole } from '@/lib/auth';
import { db } from '@/lib/db';
import { SITE_SETTING_FIELDS, updateSiteCollectionSettings } from '@/lib/privacy/site-settings';
import { actionError } from '../privacy/_components/action-error';
import type { ActionState } from '../privacy/_components/action-state';

const LABELS: Record<(typeof SITE_SETTING_FIELDS)[number], string> = {
  respectDnt: 'Respect DNT/GPC',
  captureText: 'Capture element text',
  captureMouse: 'Capture mouse activity',
  requireConsent: 'Wait for consent',
  trustBrowserLearningEvents: 'Trust browser learning events',
};

/** Saves one site's consent and collection settings; an unticked box arrives as absent, i.e. off. */
export async function saveSiteSettingsAction(_previous: ActionState, form: FormData): Promise<ActionState> {
  try {
    const admin = await requireRole('ADMIN');
    const siteId = z.string().min(1).max(200).parse(form.get('siteId'));
    const settings = Object.fromEntries(SITE_SETTING_FIELDS.map((field) => [field, form.get(field) === 'on'])) as Record<(typeof SITE_SETTING_FIELDS)[number], boolean>;
    const { changed } = await updateSiteCollectionSettings(db, admin.id, siteId, settings);
    revalidatePath('/admin/sites');
    if (changed.length === 0) return { status: 'ok', message: 'Nothing changed.' };
    return { status: 'ok', message: `Saved: ${changed.map((field) => `${LABELS[field]} ${settings[field] ? 'on' : 'off'}`).join(', ')}.` };
  } catch (error) {
    return actionError(error);
  }
}
