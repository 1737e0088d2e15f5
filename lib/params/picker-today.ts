// "Today" for the date picker (the latest day a custom range may end on). The browser's clock
// reads the viewer's zone, not the site's: at 07:00 in Shanghai a browser in UTC still says
// yesterday. So the server names each site's local date, and the picker (a client leaf) takes the
// one of the site in the URL, or of the default site (the first) when none is named.
// Client-safe: no server imports.
import { UTC, localDay } from '@/lib/time/site-day';

export type SiteTodays = { bySite: Record<string, string>; fallback: string };

/** Each site's local date at `now`; the fallback is the first site's (the dashboards' default), else UTC's. */
export function siteTodays(sites: readonly { key: string; timeZone: string }[], now: Date): SiteTodays {
  const bySite = Object.fromEntries(sites.map((site) => [site.key, localDay(site.timeZone, now)]));
  return { bySite, fallback: sites[0] ? bySite[sites[0].key]! : localDay(UTC, now) };
}

/** The date the picker treats as today for the site named in the URL (null: the default site). */
export function todayFor(todays: SiteTodays, siteKey: string | null): string {
  return (siteKey && todays.bySite[siteKey]) || todays.fallback;
}
