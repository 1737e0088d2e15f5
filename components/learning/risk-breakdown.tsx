import type { StudentScoreRow } from '@/lib/queries/students';
import { useTranslations } from 'next-intl';
import { factorNoteIn, formatFactorRawIn } from '@/lib/risk/risk-text';
import { useRiskText } from './use-risk-text';
import { LevelBadge } from './level-badge';
import styles from './learning.module.css';
import { TableWrap } from '@/components/shell/table-wrap';

/** The latest score taken apart: why this student is where they are. */
export function RiskBreakdown({ latest }: { latest: StudentScoreRow | null }) {
  const t = useTranslations('learning.student.breakdown');
  const { t: riskT, f, levels, factors } = useRiskText();
  if (!latest) {
    return (
      <section className={`card ${styles.panel}`}>
        <h2>{t('title')}</h2>
        <p className="muted" style={{ marginTop: 6 }}>
          {t.rich('notScored', { code: (c) => <code>{c}</code> })}
        </p>
      </section>
    );
  }
  return (
    <section className={`card ${styles.panel} ${styles.section}`} aria-labelledby="risk-heading" data-testid="risk-breakdown">
      <div className={styles.sectionHead}>
        <h2 id="risk-heading">
          {t('title')} <span className={styles.score}>{latest.score.toFixed(2)}</span> <LevelBadge level={latest.level} />
        </h2>
        <span className="muted" style={{ fontSize: '0.82rem' }}>
          {f.dayTime(latest.computedAt)} · <span translate="no">{latest.modelVersion}</span>
        </span>
      </div>
      <p className="muted" style={{ fontSize: '0.88rem' }}>
        {t('scale', { description: levels[latest.level].description })}
      </p>
      <TableWrap label={t('factors')}>
        <table className="table">
          <thead>
            <tr>
              <th scope="col">{t('factor')}</th>
              <th scope="col">{t('measured')}</th>
              <th scope="col" className="num">
                {t('normalised')}
              </th>
              <th scope="col" className="num">
                {t('weight')}
              </th>
              <th scope="col" className="num">
                {t('contribution')}
              </th>
            </tr>
          </thead>
          <tbody>
            {latest.factors.map((factor) => (
              <tr key={factor.key} data-factor={factor.key}>
                <td title={factors[factor.key].explain} className={styles.factorName}>
                  {factors[factor.key].label}
                </td>
                <td>
                  {formatFactorRawIn(factor.key, factor.raw, riskT, f)}
                  {factor.note && (
                    <div className="muted" style={{ fontSize: '0.75rem' }}>
                      {factorNoteIn(factor, riskT)}
                    </div>
                  )}
                </td>
                <td className="num">{factor.normalised.toFixed(2)}</td>
                <td className="num">{f.percent(factor.weight, 0)}</td>
                <td className="num">{factor.contribution.toFixed(3)}</td>
              </tr>
            ))}
            <tr>
              <td colSpan={4}>{t.rich('score', { b: (c) => <b>{c}</b> })}</td>
              <td className={`num ${styles.score}`}>{latest.score.toFixed(3)}</td>
            </tr>
          </tbody>
        </table>
      </TableWrap>
    </section>
  );
}
