'use server';
import { revalidatePath } from 'next/cache';
import { z } from 'zod';
import { requireRole } from '@/lib/auth';
import { SITE_SETTING_FIELDS, updateSiteCollectionSettings } from '@/lib/privacy/site-settings';
import { createSite } from '@/lib/sites/create-site';
import { rotateSiteSecret } from '@/lib/sites/secret';
import { setSiteTimeZone } from '@/lib/sites/time-zone';
import { actionError } from '../_components/action-error';
import type { ActionState } from '../_components/action-state';
import type { SecretState } from './_components/secret-state';

const siteIdSchema = z.string().min(1).max(200);

const LABELS: Record<(typeof SITE_SETTING_FIELDS)[number], string> = {
  respectDnt: 'Respect DNT/GPC',
  captureText: 'Capture element text',
  captureMouse: 'Capture mouse activity',
  requireConsent: 'Wait for consent',
  trustBrowserLearningEvents: 'Trust browser learning events',
  trustBrowserIdentity: 'Trust browser identity',
};

/** Saves one site's consent and collection settings; an unticked box arrives as absent, i.e. off. */
export async function saveSiteSettingsAction(_previous: ActionState, form: FormData): Promise<ActionState> {
  try {
    const admin = await requireRole('ADMIN');
    const siteId = siteIdSchema.parse(form.get('siteId'));
    const settings = Object.fromEntries(SITE_SETTING_FIELDS.map((field) => [field, form.get(field) === 'on'])) as Record<
      (typeof SITE_SETTING_FIELDS)[number],
      boolean
    >;
    const { changed } = await updateSiteCollectionSettings(admin, siteId, settings);
    revalidatePath('/admin/sites');
    if (changed.length === 0) return { status: 'ok', message: 'Nothing changed.' };
    return { status: 'ok', message: `Saved: ${changed.map((field) => `${LABELS[field]} ${settings[field] ? 'on' : 'off'}`).join(', ')}.` };
  } catch (error) {
    return actionError(error);
  }
}

/** Adds a site; its key goes in the embed tag, its domains are the pages allowed to send. */
export async function createSiteAction(_previous: ActionState, form: FormData): Promise<ActionState> {
  try {
    const admin = await requireRole('ADMIN');
    const site = await createSite(admin, {
      name: String(form.get('name') ?? ''),
      key: String(form.get('key') ?? ''),
      domains: String(form.get('domains') ?? ''),
    });
    revalidatePath('/admin/sites');
    return {
      status: 'ok',
      message: `Created the site "${site.key}". Embed its snippet below, and rotate a server secret if its backend sends events.`,
    };
  } catch (error) {
    return actionError(error);
  }
}

/** A new server secret for POST /api/events; shown in the response once, never stored in clear. */
export async function rotateSecretAction(_previous: SecretState, form: FormData): Promise<SecretState> {
  try {
    const admin = await requireRole('ADMIN');
    const { secret, hint } = await rotateSiteSecret(siteIdSchema.parse(form.get('siteId')), admin.id);
    revalidatePath('/admin/sites');
    return {
      status: 'ok',
      message: `New secret ${hint}. Copy it now: it will not be shown again, and the previous one (and every identity token it signed) no longer works.`,
      secret,
    };
  } catch (error) {
    return actionError(error);
  }
}

/** Sets a site's time zone; a change starts the rollups rebuild, whose progress the page shows. */
export async function saveTimeZoneAction(_previous: ActionState, form: FormData): Promise<ActionState> {
  try {
    const admin = await requireRole('ADMIN');
    const { changed, timeZone } = await setSiteTimeZone(admin, siteIdSchema.parse(form.get('siteId')), String(form.get('timeZone') ?? ''));
    revalidatePath('/admin/sites');
    return changed
      ? { status: 'ok', message: `Days now follow ${timeZone}. Rebuilding the rollups; progress shows above.` }
      : { status: 'ok', message: 'Nothing changed.' };
  } catch (error) {
    return actionError(error);
  }
}
