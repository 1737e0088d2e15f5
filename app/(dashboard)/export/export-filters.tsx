// The optional filters, as a plain GET form: they live in the URL, work without JavaScript, and
// the download button picks them up from there.
import { EVENT_TYPES } from '@/lib/taxonomy';
import type { SiteRef } from '@/lib/access';
import type { ExportParams } from '@/lib/params/export';
import styles from './export.module.css';

/** Which days from/to mean: each site's own local days (lib/params/export.ts zoneWindows). */
function daysNote(sites: SiteRef[], siteKey: string | undefined): string {
  const chosen = sites.find((site) => site.key === siteKey);
  const zones = new Set((chosen ? [chosen] : sites).map((site) => site.timeZone));
  return zones.size === 1 ? `day in ${[...zones][0]}` : 'each site’s own local day';
}

export function ExportFilters({ sites, params }: { sites: SiteRef[]; params: ExportParams }) {
  const chosen = new Set(params.types ?? []);
  const days = daysNote(sites, params.siteKey);
  const active = Boolean(params.siteKey || params.from || params.to || params.types?.length);
  return (
    <details className={styles.filters} open={active}>
      <summary>Filters {active ? '(active)' : '(optional)'}</summary>
      <form method="get" action="/export" className={styles.filterForm}>
        <label>
          <span className="label">Site</span>
          <select name="site" className="select" defaultValue={params.siteKey ?? ''}>
            <option value="">All sites</option>
            {sites.map((site) => (
              <option key={site.id} value={site.key}>
                {site.name} ({site.key})
              </option>
            ))}
          </select>
        </label>
        <label>
          <span className="label">From ({days})</span>
          <input type="date" name="from" className="input" defaultValue={params.from ?? ''} />
        </label>
        <label>
          <span className="label">To ({days}, inclusive)</span>
          <input type="date" name="to" className="input" defaultValue={params.to ?? ''} />
        </label>
        <fieldset className={styles.types}>
          <legend className="label">Event types (none ticked = all)</legend>
          {EVENT_TYPES.map((type) => (
            <label key={type} className={styles.type}>
              <input type="checkbox" name="types" value={type} defaultChecked={chosen.has(type)} /> {type}
            </label>
          ))}
        </fieldset>
        <div className={styles.filterActions}>
          <button type="submit" className="button button-secondary">
            Apply filters
          </button>
          {active && <a href="/export">Clear</a>}
        </div>
      </form>
    </details>
  );
}
