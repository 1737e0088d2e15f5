import type { AuthorizedSite } from '@/lib/access';
import { getRealtime, REALTIME_WINDOW_MS } from '@/lib/queries/realtime';
import { RealtimeLive } from './realtime-live';

/** Renders the first snapshot on the server (complete without JavaScript); the leaf then polls. */
export async function RealtimeSnapshot({ site }: { site: AuthorizedSite }) {
  const now = new Date();
  const initial = await getRealtime(site, new Date(now.getTime() - REALTIME_WINDOW_MS), now);
  return <RealtimeLive siteKey={site.key} initial={initial} />;
}
