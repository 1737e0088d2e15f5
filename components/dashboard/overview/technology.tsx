import { getTranslations } from 'next-intl/server';
import type { AuthorizedSite } from '@/lib/access';
import type { Filters } from '@/lib/params/filters';
import { getTechBreakdown } from '@/lib/queries/stats';
import { DonutChart } from '@/components/charts/donut-chart';
import { BarList } from '../bar-list';
import { EmptyState } from '../empty-state';
import { Widget } from '../widget';

const DEVICES = ['desktop', 'mobile', 'tablet', 'Unknown'];

export async function TechnologyWidgets({ site, filters }: { site: AuthorizedSite; filters: Filters }) {
  const [tech, t, d] = await Promise.all([
    getTechBreakdown(site, filters.from, filters.to, 6),
    getTranslations('overview.technology'),
    getTranslations('dashboard'),
  ]);
  // Device types are ours to name; browser and system names are proper nouns (only "Unknown" is ours).
  const device = (name: string) => (DEVICES.includes(name) ? d(`devices.${name}`) : name);
  const named = (name: string) => (name === 'Unknown' ? d('devices.Unknown') : name);
  if (tech.devices.length === 0) {
    return (
      <Widget id="devices" title={t('allTitle')} wide>
        <EmptyState title={d('empty.noSessions')} />
      </Widget>
    );
  }
  return (
    <>
      <Widget id="devices" title={t('devices')} subtitle={t('devicesSubtitle')}>
        <DonutChart
          items={tech.devices.map((row) => ({ label: device(row.name), value: row.sessions }))}
          unit={t('sessionsUnit')}
          ariaLabel={t('devicesSubtitle')}
        />
      </Widget>
      <Widget id="browsers" title={t('browsers')} subtitle={t('browsersSubtitle')}>
        <BarList
          labelHeading={t('browser')}
          valueHeading={d('columns.sessions')}
          items={tech.browsers.map((b) => ({ key: b.name, label: named(b.name), value: b.sessions }))}
        />
      </Widget>
      <Widget id="os" title={t('systems')} subtitle={t('systemsSubtitle')}>
        <BarList
          labelHeading={t('system')}
          valueHeading={d('columns.sessions')}
          items={tech.os.map((o) => ({ key: o.name, label: named(o.name), value: o.sessions }))}
        />
      </Widget>
    </>
  );
}
