// The optional filters, as a plain GET form: they live in the URL, work without JavaScript, and
// the download button picks them up from there.
import { useTranslations } from 'next-intl';
import { EVENT_TYPES } from '@/lib/taxonomy';
import type { SiteRef } from '@/lib/access';
import type { ExportParams } from '@/lib/params/export';
import styles from './export.module.css';

/** The one zone from/to are read in, or null when the chosen sites differ (lib/params/export.ts zoneWindows). */
function singleZone(sites: SiteRef[], siteKey: string | undefined): string | null {
  const chosen = sites.find((site) => site.key === siteKey);
  const zones = new Set((chosen ? [chosen] : sites).map((site) => site.timeZone));
  return zones.size === 1 ? [...zones][0]! : null;
}

export function ExportFilters({ sites, params }: { sites: SiteRef[]; params: ExportParams }) {
  const t = useTranslations('export.filters');
  const chosen = new Set(params.types ?? []);
  const zone = singleZone(sites, params.siteKey);
  const days = zone ? t('dayIn', { zone }) : t('eachSiteDay');
  const active = Boolean(params.siteKey || params.from || params.to || params.types?.length);
  return (
    <details className={styles.filters} open={active}>
      <summary>
        {t('summary')} {active ? t('active') : t('optional')}
      </summary>
      <form method="get" action="/export" className={styles.filterForm}>
        {params.headers && params.headers !== 'en' && <input type="hidden" name="headers" value={params.headers} />}
        <label>
          <span className="label">{t('site')}</span>
          <select name="site" className="select" defaultValue={params.siteKey ?? ''}>
            <option value="">{t('allSites')}</option>
            {sites.map((site) => (
              <option key={site.id} value={site.key} translate="no">
                {site.name} ({site.key})
              </option>
            ))}
          </select>
        </label>
        <label>
          <span className="label">{t('from', { days })}</span>
          <input type="date" name="from" className="input" defaultValue={params.from ?? ''} />
        </label>
        <label>
          <span className="label">{t('to', { days })}</span>
          <input type="date" name="to" className="input" defaultValue={params.to ?? ''} />
        </label>
        <fieldset className={styles.types}>
          <legend className="label">{t('types')}</legend>
          {EVENT_TYPES.map((type) => (
            <label key={type} className={styles.type}>
              <input type="checkbox" name="types" value={type} defaultChecked={chosen.has(type)} /> <span translate="no">{type}</span>
            </label>
          ))}
        </fieldset>
        <div className={styles.filterActions}>
          <button type="submit" className="button button-secondary">
            {t('apply')}
          </button>
          {active && <a href="/export">{t('clear')}</a>}
        </div>
      </form>
    </details>
  );
}
