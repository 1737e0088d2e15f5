import { FACTOR_KEYS, RISK_MODEL } from '@/lib/risk/config';
import { FACTOR_INFO } from '@/lib/risk/factor-info';
import { LEVEL_ORDER, LEVELS } from '@/lib/risk/levels';
import styles from './learning.module.css';

/** How to read the score: its direction, the bands, and the five factors with their weights. */
export function RiskHelp({ open = false }: { open?: boolean }) {
  return (
    <details className={`card ${styles.panel} ${styles.help}`} open={open}>
      <summary>How to read the risk score</summary>
      <p className="muted" style={{ marginTop: 8 }}>
        The risk score runs from <b>0 (thriving)</b> to <b>1 (drifting away)</b>: higher means more likely to drop out. Students{' '}
        <b>at risk</b> are the ones to act on.
      </p>
      <dl>
        {LEVEL_ORDER.map((level) => (
          <div key={level} style={{ display: 'contents' }}>
            <dt>{LEVELS[level].label}</dt>
            <dd>
              risk {LEVELS[level].range}. {LEVELS[level].description}
            </dd>
          </div>
        ))}
      </dl>
      <p className="muted" style={{ marginTop: 12 }}>
        The score is the weighted sum of five factors, each turned into 0 (no risk) … 1 (full risk). Each cell shows the measurement, then
        normalised value × weight = contribution; the contributions add up to the score.
      </p>
      <dl>
        {FACTOR_KEYS.map((key) => (
          <div key={key} style={{ display: 'contents' }}>
            <dt>
              {FACTOR_INFO[key].label} ({Math.round(RISK_MODEL.weights[key] * 100)}%)
            </dt>
            <dd>{FACTOR_INFO[key].explain}</dd>
          </div>
        ))}
      </dl>
      <p className="muted" style={{ marginTop: 12 }}>
        Model {RISK_MODEL.version}. Scores are recomputed every hour; `npm run job -- risk-eval` measures the model against known drop-outs.
      </p>
    </details>
  );
}
