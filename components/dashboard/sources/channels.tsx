import type { AuthorizedSite } from '@/lib/access';
import type { Filters } from '@/lib/params/filters';
import { formatDuration, formatNumber, formatPercent } from '@/lib/format';
import { getChannels, type ChannelRow } from '@/lib/queries/sources';
import { RankingChart } from '@/components/charts/ranking-chart';
import { DataTable } from '../data-table';
import { EmptyState } from '../empty-state';
import { Widget } from '../widget';

export async function ChannelsWidget({ site, filters }: { site: AuthorizedSite; filters: Filters }) {
  const channels = await getChannels(site, filters.from, filters.to);
  return (
    <Widget
      id="channels"
      title="Channels"
      subtitle="Sessions by how visitors arrived: Direct, Organic Search, Social, WeChat, DingTalk, Email, Referral, Campaign"
      wide
    >
      {channels.length === 0 ? (
        <EmptyState title="No sessions in this period">Channels are classified from each session&apos;s referrer and UTM tags.</EmptyState>
      ) : (
        <>
          <RankingChart
            items={channels.map((c) => ({ label: c.channel, value: c.sessions }))}
            name="Sessions"
            ariaLabel="Sessions per channel"
          />
          <DataTable<ChannelRow>
            caption="Channels"
            rows={channels}
            rowKey={(row) => row.channel}
            columns={[
              { key: 'channel', label: 'Channel', render: (r) => r.channel },
              { key: 'sessions', label: 'Sessions', numeric: true, render: (r) => formatNumber(r.sessions) },
              { key: 'visitors', label: 'Visitors', numeric: true, render: (r) => formatNumber(r.visitors) },
              { key: 'pageviews', label: 'Pageviews', numeric: true, render: (r) => formatNumber(r.pageviews) },
              { key: 'bounce', label: 'Bounce rate', numeric: true, render: (r) => formatPercent(r.bounceRate) },
              { key: 'duration', label: 'Avg. session', numeric: true, render: (r) => formatDuration(r.avgDurationMs) },
            ]}
          />
        </>
      )}
    </Widget>
  );
}
