import type { FactorResult } from '@/lib/risk/factors';
import { FACTOR_INFO, formatFactorRaw } from '@/lib/risk/factor-info';
import styles from './learning.module.css';

const pct = (weight: number) => `${Math.round(weight * 100)}%`;

/**
 * One factor of one score: the raw measurement, then "normalised × weight = contribution", and a
 * bar showing how much of the factor's weight is used up. The note explains unusual values.
 */
export function FactorCell({ factor }: { factor: FactorResult | undefined }) {
  if (!factor) return <span className="muted">—</span>;
  const info = FACTOR_INFO[factor.key];
  const title = [info.explain, factor.note].filter(Boolean).join(' ');
  return (
    <span className={styles.factor} title={title} data-factor={factor.key}>
      <span className={styles.factorRaw}>{formatFactorRaw(factor.key, factor.raw)}</span>
      <span className={styles.factorMath}>
        {factor.normalised.toFixed(2)} × {pct(factor.weight)} = <b>{factor.contribution.toFixed(3)}</b>
      </span>
      <span className={styles.bar} aria-hidden="true">
        <span style={{ width: `${Math.round(factor.normalised * 100)}%` }} />
      </span>
    </span>
  );
}
