import { useTranslations } from 'next-intl';
import type { Filters } from '@/lib/params/filters';
import type { FlowOptions } from '@/lib/queries/flows-graph';
import { HiddenFilters } from '../hidden-filters';
import styles from '../widgets.module.css';

/** A plain GET form: options land in the URL, so a flow view can be bookmarked and shared. */
export function FlowOptionsForm({
  filters,
  options,
  entries,
}: {
  filters: Filters;
  options: FlowOptions;
  entries: { path: string; sessions: number }[];
}) {
  const t = useTranslations('flows.options');
  const listed =
    options.entry && !entries.some((e) => e.path === options.entry) ? [{ path: options.entry, sessions: 0 }, ...entries] : entries;
  return (
    <form method="get" className={styles.inlineForm} aria-label={t('aria')}>
      <HiddenFilters filters={filters} />
      <label className={styles.grow}>
        {t('entry')}
        <select name="entry" className="select" defaultValue={options.entry ?? ''} style={{ width: '100%' }}>
          <option value="">{t('allEntries')}</option>
          {listed.slice(0, 50).map((entry) => (
            <option key={entry.path} value={entry.path} translate="no">
              {entry.path} ({entry.sessions})
            </option>
          ))}
        </select>
      </label>
      <label>
        {t('steps')}
        <input className="input" type="number" name="steps" min={2} max={8} defaultValue={options.steps} style={{ width: 80 }} />
      </label>
      <label>
        {t('top')}
        <input className="input" type="number" name="top" min={1} max={20} defaultValue={options.top} style={{ width: 100 }} />
      </label>
      <button type="submit" className="button">
        {t('apply')}
      </button>
    </form>
  );
}
