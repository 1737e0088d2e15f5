import type { FactorResult } from '@/lib/risk/factors';
import { factorNoteIn, formatFactorRawIn } from '@/lib/risk/risk-text';
import { useRiskText } from './use-risk-text';
import styles from './learning.module.css';

/**
 * One factor of one score: the raw measurement, then "normalised × weight = contribution", and a
 * bar showing how much of the factor's weight is used up. The note explains unusual values.
 */
export function FactorCell({ factor }: { factor: FactorResult | undefined }) {
  const { t, f, factors } = useRiskText();
  if (!factor) return <span className="muted">—</span>;
  const title = [factors[factor.key].explain, factorNoteIn(factor, t)].filter(Boolean).join(' ');
  return (
    <span className={styles.factor} title={title} data-factor={factor.key}>
      <span className={styles.factorRaw}>{formatFactorRawIn(factor.key, factor.raw, t, f)}</span>
      <span className={styles.factorMath}>
        {factor.normalised.toFixed(2)} × {f.percent(factor.weight, 0)} = <b>{factor.contribution.toFixed(3)}</b>
      </span>
      <span className={styles.bar} aria-hidden="true">
        <span style={{ width: `${Math.round(factor.normalised * 100)}%` }} />
      </span>
    </span>
  );
}
