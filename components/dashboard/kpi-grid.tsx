import { change, formatDuration, formatExact, formatNumber, formatPercent } from '@/lib/format';
import styles from './widgets.module.css';

export type KpiTile = {
  label: string;
  value: number;
  previous?: number;
  format?: 'number' | 'percent' | 'duration';
  /** For figures where lower is better (bounce rate): a fall shows in green. */
  lowerIsBetter?: boolean;
};

const FORMAT = { number: formatNumber, percent: (v: number) => formatPercent(v), duration: formatDuration };

function Change({ tile }: { tile: KpiTile & { previous: number } }) {
  const delta = change(tile.value, tile.previous);
  if (delta.ratio === null)
    return <span className={styles.kpiChange}>{delta.direction === 'flat' ? 'No data before' : 'New this period'}</span>;
  const good = delta.direction === 'flat' ? undefined : (delta.direction === 'up') !== Boolean(tile.lowerIsBetter);
  const arrow = delta.direction === 'up' ? '▲' : delta.direction === 'down' ? '▼' : '';
  // Rates change by percentage points, which read better than a percent of a percent.
  const amount =
    tile.format === 'percent' ? `${Math.abs((tile.value - tile.previous) * 100).toFixed(1)} pp` : formatPercent(Math.abs(delta.ratio), 0);
  return (
    <span className={styles.kpiChange} title={`Previous period: ${FORMAT[tile.format ?? 'number'](tile.previous)}`}>
      <span className={good === undefined ? undefined : good ? styles.good : styles.bad}>
        {arrow} {delta.direction === 'flat' ? '0%' : amount}
      </span>{' '}
      vs previous
    </span>
  );
}

/** Headline figures with their change against the previous period of the same length. */
export function KpiGrid({ tiles }: { tiles: KpiTile[] }) {
  return (
    <section className={styles.kpis} aria-label="Key figures">
      {tiles.map((tile) => (
        <div key={tile.label} className={`card ${styles.kpi}`} data-kpi={tile.label}>
          <span className={styles.kpiLabel}>{tile.label}</span>
          <span
            className={styles.kpiValue}
            title={tile.format === undefined || tile.format === 'number' ? formatExact(tile.value) : undefined}
          >
            {FORMAT[tile.format ?? 'number'](tile.value)}
          </span>
          {tile.previous !== undefined && <Change tile={{ ...tile, previous: tile.previous }} />}
        </div>
      ))}
    </section>
  );
}
