import type { AuthorizedSite } from '@/lib/access';
import type { Filters } from '@/lib/params/filters';
import { getSourceBreakdown, type UtmField } from '@/lib/queries/sources';
import { BarList } from '../bar-list';
import { EmptyState } from '../empty-state';
import { Widget } from '../widget';

const TEXT: Record<UtmField | 'referrerDomain', { title: string; label: string; subtitle: string; empty: string }> = {
  referrerDomain: {
    title: 'Referring domains',
    label: 'Domain',
    subtitle: 'Sites that linked visitors here',
    empty: 'No session arrived from another site in this period.',
  },
  utmSource: {
    title: 'UTM source',
    label: 'utm_source',
    subtitle: 'Campaign links’ utm_source',
    empty: 'No session carried utm_source. Tag campaign links with ?utm_source=…',
  },
  utmMedium: { title: 'UTM medium', label: 'utm_medium', subtitle: 'Campaign links’ utm_medium', empty: 'No session carried utm_medium.' },
  utmCampaign: {
    title: 'UTM campaign',
    label: 'utm_campaign',
    subtitle: 'Campaign links’ utm_campaign',
    empty: 'No session carried utm_campaign.',
  },
};

/** One session column's top values (referrer domain or a UTM field). */
export async function SourceListWidget({
  site,
  filters,
  column,
  wide = false,
}: {
  site: AuthorizedSite;
  filters: Filters;
  column: UtmField | 'referrerDomain';
  wide?: boolean;
}) {
  const rows = await getSourceBreakdown(site, filters.from, filters.to, column, 10);
  const text = TEXT[column];
  return (
    <Widget id={column} title={text.title} subtitle={text.subtitle} wide={wide}>
      {rows.length === 0 ? (
        <EmptyState title="Nothing to show">{text.empty}</EmptyState>
      ) : (
        <BarList
          labelHeading={text.label}
          valueHeading="Sessions"
          items={rows.map((r) => ({ key: r.value, label: r.value, value: r.sessions, title: `${r.visitors} visitors` }))}
        />
      )}
    </Widget>
  );
}
