import { getTranslations } from 'next-intl/server';
import type { AuthorizedSite } from '@/lib/access';
import type { Filters } from '@/lib/params/filters';
import { getFormat } from '@/lib/i18n/server';
import { getMouseActivity, getNamedEvents, getVideos, type VideoRow } from '@/lib/queries/behaviour';
import { RankingChart } from '@/components/charts/ranking-chart';
import { BarList } from '../bar-list';
import { DataTable } from '../data-table';
import { EmptyState } from '../empty-state';
import { Widget } from '../widget';
import styles from '../widgets.module.css';

export async function FormsWidget({ site, filters }: { site: AuthorizedSite; filters: Filters }) {
  const [rows, t] = await Promise.all([
    getNamedEvents(site, filters.from, filters.to, ['form_submit'], 10),
    getTranslations('behaviour.forms'),
  ]);
  return (
    <Widget id="forms" title={t('title')} subtitle={t('subtitle')}>
      {rows.length === 0 ? (
        <EmptyState title={t('emptyTitle')} />
      ) : (
        <BarList
          labelHeading={t('form')}
          valueHeading={t('submissions')}
          items={rows.map((r) => ({
            key: r.name,
            label: <span className={styles.mono}>{r.name}</span>,
            value: r.count,
            title: t('rowTitle', { sessions: r.sessions, path: r.path ?? '' }),
          }))}
        />
      )}
    </Widget>
  );
}

export async function OutboundWidget({ site, filters }: { site: AuthorizedSite; filters: Filters }) {
  const [rows, t] = await Promise.all([
    getNamedEvents(site, filters.from, filters.to, ['download', 'outbound'], 10),
    getTranslations('behaviour.outbound'),
  ]);
  return (
    <Widget id="outbound" title={t('title')} subtitle={t('subtitle')}>
      {rows.length === 0 ? (
        <EmptyState title={t('emptyTitle')} />
      ) : (
        <BarList
          labelHeading={t('label')}
          valueHeading={t('clicks')}
          translatedLabels
          items={rows.map((r) => ({
            key: `${r.type}:${r.name}`,
            label: (
              <>
                <span className={styles.pill} style={{ marginRight: 8 }}>
                  {r.type === 'download' ? t('download') : t('outbound')}
                </span>
                <span translate="no">{r.name}</span>
              </>
            ),
            value: r.count,
          }))}
        />
      )}
    </Widget>
  );
}

export async function VideosWidget({ site, filters }: { site: AuthorizedSite; filters: Filters }) {
  const [rows, t, f] = await Promise.all([
    getVideos(site, filters.from, filters.to, 10),
    getTranslations('behaviour.video'),
    getFormat(site.timeZone),
  ]);
  return (
    <Widget id="videos" title={t('title')} subtitle={t('subtitle')} wide>
      {rows.length === 0 ? (
        <EmptyState title={t('emptyTitle')} />
      ) : (
        <DataTable<VideoRow>
          caption={t('caption')}
          rows={rows}
          rowKey={(r) => r.src}
          columns={[
            { key: 'src', label: t('video'), mono: true, render: (r) => r.src },
            { key: 'plays', label: t('plays'), numeric: true, render: (r) => f.number(r.plays) },
            { key: 'completes', label: t('completed'), numeric: true, render: (r) => f.number(r.completes) },
            { key: 'rate', label: t('rate'), numeric: true, render: (r) => f.percent(r.completionRate) },
          ]}
        />
      )}
    </Widget>
  );
}

export async function MouseActivityWidget({ site, filters }: { site: AuthorizedSite; filters: Filters }) {
  const [rows, t] = await Promise.all([getMouseActivity(site, filters.from, filters.to, 10), getTranslations('behaviour.mouse')]);
  const scored = rows.filter((r) => r.avgIntensity !== null);
  return (
    <Widget id="mouse" title={t('title')} subtitle={t('subtitle')}>
      {scored.length === 0 ? (
        <EmptyState title={t('emptyTitle')}>{t('emptyBody')}</EmptyState>
      ) : (
        <RankingChart
          items={scored.map((r) => ({ label: r.path, value: r.avgIntensity ?? 0 }))}
          name={t('intensity')}
          format="percent"
          ariaLabel={t('aria')}
        />
      )}
    </Widget>
  );
}
