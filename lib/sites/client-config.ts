// What the SDK needs to know before it sends anything: whether to honour DNT/GPC, whether to wait
// for consent, and what it may capture. Public by design: it is the site's own page asking.
import { HttpError } from '@/lib/http/errors';
import type { SiteClientConfig } from '@/lib/schemas/collect';
import { siteByKey } from './lookup';

export async function siteClientConfig(key: string): Promise<SiteClientConfig> {
  const site = await siteByKey(key);
  if (!site) throw new HttpError('unknown_site', `No site has the key "${key}". Check the data-site attribute.`);
  return {
    respectDnt: site.respectDnt,
    requireConsent: site.requireConsent,
    captureText: site.captureText,
    captureMouse: site.captureMouse,
  };
}
