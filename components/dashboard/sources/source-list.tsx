import { getTranslations } from 'next-intl/server';
import type { AuthorizedSite } from '@/lib/access';
import type { Filters } from '@/lib/params/filters';
import { getSourceBreakdown, type UtmField } from '@/lib/queries/sources';
import { BarList } from '../bar-list';
import { EmptyState } from '../empty-state';
import { Widget } from '../widget';

/** One session column's top values (referrer domain or a UTM field). Texts: sources.lists.<column>. */
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
  const [rows, t, d] = await Promise.all([
    getSourceBreakdown(site, filters.from, filters.to, column, 10),
    getTranslations(`sources.lists.${column}`),
    getTranslations('dashboard'),
  ]);
  return (
    <Widget id={column} title={t('title')} subtitle={t.rich('subtitle', { code: (chunks) => <code>{chunks}</code> })} wide={wide}>
      {rows.length === 0 ? (
        <EmptyState title={d('empty.nothing')}>{t.rich('empty', { code: (chunks) => <code>{chunks}</code> })}</EmptyState>
      ) : (
        <BarList
          labelHeading={t('label')}
          valueHeading={d('columns.sessions')}
          items={rows.map((r) => ({ key: r.value, label: r.value, value: r.sessions, title: t('visitorsTitle', { count: r.visitors }) }))}
        />
      )}
    </Widget>
  );
}
