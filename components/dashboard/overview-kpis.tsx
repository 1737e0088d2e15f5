import { getTranslations } from 'next-intl/server';
import type { AuthorizedSite } from '@/lib/access';
import type { Filters } from '@/lib/params/filters';
import { getOverviewStats } from '@/lib/queries/overview';
import { EmbedSnippet, QuietPeriod } from './embed-snippet';
import { KpiGrid } from './kpi-grid';

/** The overview's headline figures, each with its change against the period just before. */
export async function OverviewKpis({ site, filters }: { site: AuthorizedSite; filters: Filters }) {
  const [{ current: now, previous: before, everSentData }, t] = await Promise.all([
    getOverviewStats(site, filters.from, filters.to),
    getTranslations('overview.kpis'),
  ]);
  if (!everSentData) return <EmbedSnippet siteKey={site.key} siteName={site.name} />;
  if (now.events === 0 && now.sessions === 0) return <QuietPeriod />;
  return (
    <KpiGrid
      tiles={[
        { label: t('visitors'), value: now.visitors, previous: before.visitors },
        { label: t('sessions'), value: now.sessions, previous: before.sessions },
        { label: t('pageviews'), value: now.pageviews, previous: before.pageviews },
        { label: t('bounceRate'), value: now.bounceRate, previous: before.bounceRate, format: 'percent', lowerIsBetter: true },
        { label: t('engagement'), value: now.avgEngagementMs, previous: before.avgEngagementMs, format: 'duration' },
        { label: t('events'), value: now.events, previous: before.events },
      ]}
    />
  );
}
