import type { AuthorizedSite } from '@/lib/access';
import type { Filters } from '@/lib/params/filters';
import { getTechBreakdown } from '@/lib/queries/stats';
import { DonutChart } from '@/components/charts/donut-chart';
import { BarList } from '../bar-list';
import { EmptyState } from '../empty-state';
import { Widget } from '../widget';

export async function TechnologyWidgets({ site, filters }: { site: AuthorizedSite; filters: Filters }) {
  const tech = await getTechBreakdown(site, filters.from, filters.to, 6);
  if (tech.devices.length === 0) {
    return (
      <Widget id="devices" title="Devices, browsers and systems" wide>
        <EmptyState title="No sessions in this period" />
      </Widget>
    );
  }
  return (
    <>
      <Widget id="devices" title="Devices" subtitle="Sessions by device type">
        <DonutChart
          items={tech.devices.map((d) => ({ label: d.name, value: d.sessions }))}
          unit="sessions"
          ariaLabel="Sessions by device type"
        />
      </Widget>
      <Widget id="browsers" title="Browsers" subtitle="Sessions by browser">
        <BarList
          labelHeading="Browser"
          valueHeading="Sessions"
          items={tech.browsers.map((b) => ({ key: b.name, label: b.name, value: b.sessions }))}
        />
      </Widget>
      <Widget id="os" title="Operating systems" subtitle="Sessions by operating system">
        <BarList
          labelHeading="System"
          valueHeading="Sessions"
          items={tech.os.map((o) => ({ key: o.name, label: o.name, value: o.sessions }))}
        />
      </Widget>
    </>
  );
}
