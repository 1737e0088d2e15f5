import { useLocale, useTranslations } from 'next-intl';
import { change } from '@/lib/format';
import { isLocale } from '@/lib/i18n/config';
import { createFormatter, type Formatter } from '@/lib/i18n/format';
import styles from './widgets.module.css';

export type KpiTile = {
  label: string;
  value: number;
  previous?: number;
  format?: 'number' | 'percent' | 'duration';
  /** For figures where lower is better (bounce rate): a fall shows in green. */
  lowerIsBetter?: boolean;
};

function formatTile(f: Formatter, tile: KpiTile, value: number): string {
  return tile.format === 'percent' ? f.percent(value) : tile.format === 'duration' ? f.duration(value) : f.number(value);
}

function Change({ tile, f }: { tile: KpiTile & { previous: number }; f: Formatter }) {
  const t = useTranslations('dashboard.kpi');
  const delta = change(tile.value, tile.previous);
  if (delta.ratio === null)
    return <span className={styles.kpiChange}>{delta.direction === 'flat' ? t('noDataBefore') : t('newThisPeriod')}</span>;
  const good = delta.direction === 'flat' ? undefined : (delta.direction === 'up') !== Boolean(tile.lowerIsBetter);
  const arrow = delta.direction === 'up' ? '▲' : delta.direction === 'down' ? '▼' : '';
  // Rates change by percentage points, which read better than a percent of a percent.
  const amount =
    tile.format === 'percent'
      ? t('points', { value: f.exact(Number(Math.abs((tile.value - tile.previous) * 100).toFixed(1))) })
      : f.percent(Math.abs(delta.ratio), 0);
  return (
    <span className={styles.kpiChange} title={t('previous', { value: formatTile(f, tile, tile.previous) })}>
      <span className={good === undefined ? undefined : good ? styles.good : styles.bad}>
        {arrow} {delta.direction === 'flat' ? f.percent(0) : amount}
      </span>{' '}
      {t('vsPrevious')}
    </span>
  );
}

/** Headline figures with their change against the previous period of the same length. */
export function KpiGrid({ tiles }: { tiles: KpiTile[] }) {
  const t = useTranslations('dashboard');
  const locale = useLocale();
  const f = createFormatter(isLocale(locale) ? locale : 'en');
  return (
    <section className={styles.kpis} aria-label={t('keyFigures')}>
      {tiles.map((tile) => (
        <div key={tile.label} className={`card ${styles.kpi}`} data-kpi={tile.label}>
          <span className={styles.kpiLabel}>{tile.label}</span>
          <span className={styles.kpiValue} title={tile.format === undefined || tile.format === 'number' ? f.exact(tile.value) : undefined}>
            {formatTile(f, tile, tile.value)}
          </span>
          {tile.previous !== undefined && <Change tile={{ ...tile, previous: tile.previous }} f={f} />}
        </div>
      ))}
    </section>
  );
}
