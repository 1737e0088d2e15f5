import type { StudentScoreRow } from '@/lib/queries/students';
import { FACTOR_INFO, formatFactorRaw } from '@/lib/risk/factor-info';
import { LEVELS } from '@/lib/risk/levels';
import { LevelBadge } from './level-badge';
import styles from './learning.module.css';
import { formatDayTime } from '@/lib/format';
import { TableWrap } from '@/components/shell/table-wrap';

/** The latest score taken apart: why this student is where they are. */
export function RiskBreakdown({ latest }: { latest: StudentScoreRow | null }) {
  if (!latest) {
    return (
      <section className={`card ${styles.panel}`}>
        <h2>Risk score</h2>
        <p className="muted" style={{ marginTop: 6 }}>
          Not scored yet. Scores are computed every hour (or now with `npm run job -- risk`).
        </p>
      </section>
    );
  }
  return (
    <section className={`card ${styles.panel} ${styles.section}`} aria-labelledby="risk-heading" data-testid="risk-breakdown">
      <div className={styles.sectionHead}>
        <h2 id="risk-heading">
          Risk score <span className={styles.score}>{latest.score.toFixed(2)}</span> <LevelBadge level={latest.level} />
        </h2>
        <span className="muted" style={{ fontSize: '0.82rem' }}>
          {formatDayTime(latest.computedAt)} · {latest.modelVersion}
        </span>
      </div>
      <p className="muted" style={{ fontSize: '0.88rem' }}>
        0 = thriving, 1 = drifting away. {LEVELS[latest.level].description}
      </p>
      <TableWrap label="Risk factors">
        <table className="table">
          <thead>
            <tr>
              <th scope="col">Factor</th>
              <th scope="col">Measured</th>
              <th scope="col" className="num">
                Normalised
              </th>
              <th scope="col" className="num">
                Weight
              </th>
              <th scope="col" className="num">
                Contribution
              </th>
            </tr>
          </thead>
          <tbody>
            {latest.factors.map((factor) => (
              <tr key={factor.key} data-factor={factor.key}>
                <td title={FACTOR_INFO[factor.key].explain}>{FACTOR_INFO[factor.key].label}</td>
                <td>
                  {formatFactorRaw(factor.key, factor.raw)}
                  {factor.note && (
                    <div className="muted" style={{ fontSize: '0.75rem' }}>
                      {factor.note}
                    </div>
                  )}
                </td>
                <td className="num">{factor.normalised.toFixed(2)}</td>
                <td className="num">{Math.round(factor.weight * 100)}%</td>
                <td className="num">{factor.contribution.toFixed(3)}</td>
              </tr>
            ))}
            <tr>
              <td colSpan={4}>
                <b>Score</b> (sum of contributions)
              </td>
              <td className={`num ${styles.score}`}>{latest.score.toFixed(3)}</td>
            </tr>
          </tbody>
        </table>
      </TableWrap>
    </section>
  );
}
