import type { AuthorizedSite } from '@/lib/access';
import type { Filters } from '@/lib/params/filters';
import { getOverviewStats } from '@/lib/queries/overview';
import { EmbedSnippet, QuietPeriod } from './embed-snippet';
import { KpiGrid } from './kpi-grid';

/** The overview's headline figures, each with its change against the period just before. */
export async function OverviewKpis({ site, filters }: { site: AuthorizedSite; filters: Filters }) {
  const { current: now, previous: before, everSentData } = await getOverviewStats(site, filters.from, filters.to);
  if (!everSentData) return <EmbedSnippet siteKey={site.key} siteName={site.name} />;
  if (now.events === 0 && now.sessions === 0) return <QuietPeriod />;
  return (
    <KpiGrid
      tiles={[
        { label: 'Visitors', value: now.visitors, previous: before.visitors },
        { label: 'Sessions', value: now.sessions, previous: before.sessions },
        { label: 'Pageviews', value: now.pageviews, previous: before.pageviews },
        { label: 'Bounce rate', value: now.bounceRate, previous: before.bounceRate, format: 'percent', lowerIsBetter: true },
        { label: 'Avg. engagement', value: now.avgEngagementMs, previous: before.avgEngagementMs, format: 'duration' },
        { label: 'Events', value: now.events, previous: before.events },
      ]}
    />
  );
}
