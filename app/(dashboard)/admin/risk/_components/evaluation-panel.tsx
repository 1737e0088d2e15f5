import { formatDayTime } from '@/lib/format';
import { Notice } from '@/components/status/notice';
import { TableWrap } from '@/components/shell/table-wrap';
import { EVAL_TARGET_AUC, EVAL_WARNING_AUC } from '@/lib/risk/config';
import { LEVELS } from '@/lib/risk/levels';
import type { RiskEvaluationView } from '@/lib/queries/risk-evaluation';

const figure = (value: number | null) => (value === null ? 'n/a' : value.toFixed(2));
const SOURCE = {
  known: 'on your students',
  demo: 'on the demo’s planted drop-outs (no known outcomes imported or recorded yet)',
} as const;

/** The latest evaluation: the prediction-only headline, a warning below the gate, calibration. */
export function EvaluationPanel({ evaluation }: { evaluation: RiskEvaluationView | null }) {
  if (!evaluation)
    return (
      <p className="muted" data-testid="risk-evaluation-empty">
        Never evaluated. Run `npm run job -- risk-eval` to measure how well the score predicts drop-outs 14 days ahead; import known
        outcomes first (`npm run import -- --outcomes FILE.csv`) or record them on students’ pages to measure it on your own students.
      </p>
    );
  const e = evaluation;
  const low = e.auc === null || e.auc < EVAL_WARNING_AUC;
  return (
    <div data-testid="risk-evaluation">
      <p style={{ fontSize: '1.1rem' }} data-testid="risk-evaluation-headline">
        {SOURCE[e.source]}, {e.horizonDays} days ahead: <strong>AUC {figure(e.auc)}</strong> on {e.students} students ({e.dropouts}{' '}
        drop-outs)
      </p>
      {low && (
        <div data-testid="risk-evaluation-warning">
          <Notice alert>
            {e.auc === null
              ? 'AUC could not be measured (no drop-outs or no stayers among the evaluated students): the score is unproven here.'
              : `AUC below ${EVAL_WARNING_AUC}: the score barely beats chance at predicting drop-outs here. Widely used LMSs do not enable their dropout predictions below this gate; treat the at-risk list as a prompt to look, not a verdict.`}
          </Notice>
        </div>
      )}
      <p className="muted">
        Held-out half; each student scored from data before a cut-off {e.horizonDays} days before their outcome. At risk (score &gt; 0.8):
        precision {figure(e.precision)}, recall {figure(e.recall)}. Goal: AUC ≥ {EVAL_TARGET_AUC}. Recognition (one cut-off, mostly students
        already gone): AUC {figure(e.recognitionAuc)}. Model {e.modelVersion}, evaluated {formatDayTime(e.ranAt)}.
      </p>
      <TableWrap label="Calibration">
        <table className="table" aria-label="Calibration">
          <thead>
            <tr>
              <th scope="col">Score band</th>
              <th scope="col">Students</th>
              <th scope="col">Dropped out</th>
              <th scope="col">Observed rate</th>
            </tr>
          </thead>
          <tbody>
            {e.calibration.map((band) => (
              <tr key={band.level}>
                <td>
                  {LEVELS[band.level]?.label ?? band.level} ({band.from}–{band.to})
                </td>
                <td>{band.students}</td>
                <td>{band.dropouts}</td>
                <td>{band.rate === null ? '–' : `${Math.round(band.rate * 100)}%`}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </TableWrap>
    </div>
  );
}
