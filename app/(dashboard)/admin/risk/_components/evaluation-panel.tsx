import type { ReactNode } from 'react';
import { useTranslations } from 'next-intl';
import { Notice } from '@/components/status/notice';
import { TableWrap } from '@/components/shell/table-wrap';
import { EVAL_TARGET_AUC, EVAL_WARNING_AUC } from '@/lib/risk/config';
import type { Locale } from '@/lib/i18n/config';
import { createFormatter } from '@/lib/i18n/format';
import type { RiskEvaluationView } from '@/lib/queries/risk-evaluation';
import { dataTag } from '../../_components/data-name';

const LEVELS = new Set(['minimal', 'moderate', 'elevated', 'at_risk']);

/** The latest evaluation: the prediction-only headline, a warning below the gate, calibration. */
export function EvaluationPanel({ evaluation, locale }: { evaluation: RiskEvaluationView | null; locale: Locale }) {
  const t = useTranslations('admin.risk');
  const f = createFormatter(locale);
  const two = new Intl.NumberFormat(locale === 'en' ? 'en-US' : locale, { minimumFractionDigits: 2, maximumFractionDigits: 2 });
  const figure = (value: number | null) => (value === null ? t('na') : two.format(value));
  const code = (chunks: ReactNode) => <code>{chunks}</code>;
  if (!evaluation)
    return (
      <p className="muted" data-testid="risk-evaluation-empty">
        {t.rich('never', { code })}
      </p>
    );
  const e = evaluation;
  const low = e.auc === null || e.auc < EVAL_WARNING_AUC;
  return (
    <div data-testid="risk-evaluation">
      <p style={{ fontSize: '1.1rem' }} data-testid="risk-evaluation-headline">
        {t.rich('headline', {
          source: t(`sources.${e.source}`),
          days: f.exact(e.horizonDays),
          auc: figure(e.auc),
          students: f.exact(e.students),
          dropouts: f.exact(e.dropouts),
          strong: (chunks) => <strong>{chunks}</strong>,
        })}
      </p>
      {low && (
        <div data-testid="risk-evaluation-warning">
          <Notice alert>{e.auc === null ? t('unmeasured') : t('belowGate', { gate: f.exact(EVAL_WARNING_AUC) })}</Notice>
        </div>
      )}
      <p className="muted">
        {t.rich('method', {
          days: f.exact(e.horizonDays),
          precision: figure(e.precision),
          recall: figure(e.recall),
          target: f.exact(EVAL_TARGET_AUC),
          recognition: figure(e.recognitionAuc),
          version: e.modelVersion,
          when: f.dayTime(e.ranAt),
          d: dataTag,
        })}
      </p>
      <TableWrap label={t('calibration')}>
        <table className="table" aria-label={t('calibration')}>
          <thead>
            <tr>
              <th scope="col">{t('band')}</th>
              <th scope="col">{t('students')}</th>
              <th scope="col">{t('droppedOut')}</th>
              <th scope="col">{t('observedRate')}</th>
            </tr>
          </thead>
          <tbody>
            {e.calibration.map((band) => (
              <tr key={band.level}>
                <td>
                  {LEVELS.has(band.level) ? t(`levels.${band.level}`) : band.level} ({f.exact(band.from)}–{f.exact(band.to)})
                </td>
                <td>{f.exact(band.students)}</td>
                <td>{f.exact(band.dropouts)}</td>
                <td>{band.rate === null ? '–' : f.percent(band.rate, 0)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </TableWrap>
    </div>
  );
}
