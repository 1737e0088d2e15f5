import { getTranslations } from 'next-intl/server';
import type { AuthorizedSite } from '@/lib/access';
import type { Filters } from '@/lib/params/filters';
import { getFormat } from '@/lib/i18n/server';
import { getChannels, type ChannelRow } from '@/lib/queries/sources';
import { RankingChart } from '@/components/charts/ranking-chart';
import { DataTable } from '../data-table';
import { EmptyState } from '../empty-state';
import { Widget } from '../widget';

export async function ChannelsWidget({ site, filters }: { site: AuthorizedSite; filters: Filters }) {
  const [channels, t, d, f] = await Promise.all([
    getChannels(site, filters.from, filters.to),
    getTranslations('sources.channels'),
    getTranslations('dashboard'),
    getFormat(site.timeZone),
  ]);
  const channel = (name: string) => (d.has(`channels.${name}`) ? d(`channels.${name}`) : name);
  return (
    <Widget id="channels" title={t('title')} subtitle={t('subtitle')} wide>
      {channels.length === 0 ? (
        <EmptyState title={d('empty.noSessions')}>{t('emptyBody')}</EmptyState>
      ) : (
        <>
          <RankingChart
            items={channels.map((c) => ({ label: channel(c.channel), value: c.sessions }))}
            name={d('columns.sessions')}
            ariaLabel={t('aria')}
          />
          <DataTable<ChannelRow>
            caption={t('title')}
            rows={channels}
            rowKey={(row) => row.channel}
            columns={[
              { key: 'channel', label: d('columns.channel'), render: (r) => channel(r.channel) },
              { key: 'sessions', label: d('columns.sessions'), numeric: true, render: (r) => f.number(r.sessions) },
              { key: 'visitors', label: d('columns.visitors'), numeric: true, render: (r) => f.number(r.visitors) },
              { key: 'pageviews', label: d('columns.pageviews'), numeric: true, render: (r) => f.number(r.pageviews) },
              { key: 'bounce', label: d('columns.bounceRate'), numeric: true, render: (r) => f.percent(r.bounceRate) },
              { key: 'duration', label: d('columns.avgSession'), numeric: true, render: (r) => f.duration(r.avgDurationMs) },
            ]}
          />
        </>
      )}
    </Widget>
  );
}
