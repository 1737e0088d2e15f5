'use server';
import { revalidatePath } from 'next/cache';
import { getTranslations } from 'next-intl/server';
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

/** Saves one site's consent and collection settings; an unticked box arrives as absent, i.e. off. */
export async function saveSiteSettingsAction(_previous: ActionState, form: FormData): Promise<ActionState> {
  try {
    const admin = await requireRole('ADMIN');
    const t = await getTranslations('admin.sites.settings');
    const siteId = siteIdSchema.parse(form.get('siteId'));
    const settings = Object.fromEntries(SITE_SETTING_FIELDS.map((field) => [field, form.get(field) === 'on'])) as Record<
      (typeof SITE_SETTING_FIELDS)[number],
      boolean
    >;
    const { changed } = await updateSiteCollectionSettings(admin, siteId, settings);
    revalidatePath('/admin/sites');
    if (changed.length === 0) return { status: 'ok', message: t('nothingChanged') };
    const changes = changed.map((field) => t(settings[field] ? 'changeOn' : 'changeOff', { field: t(`fields.${field}`) }));
    return { status: 'ok', message: t('saved', { changes: changes.join(', ') }) };
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
    return { status: 'ok', message: (await getTranslations('admin.sites'))('created', { key: site.key }) };
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
    return { status: 'ok', message: (await getTranslations('admin.sites.secret'))('rotated', { hint }), secret };
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
    const t = await getTranslations('admin.sites.zone');
    return { status: 'ok', message: changed ? t('changed', { zone: timeZone }) : t('nothingChanged') };
  } catch (error) {
    return actionError(error);
  }
}
