// The `risk` and `risk-eval` jobs (registered in lib/jobs/registry.ts).
import { readFlags, wholeNumber } from '@/lib/cli/flags';
import type { Job } from '@/lib/jobs/types';
import { RISK_MODEL } from './config';
import { runRiskScoring } from './compute';
import { loadEvalCohort, reportFor, scoreCohort, type SplitReport } from './evaluation';
import { tuneOnTuneHalf } from './tune';
import { describeComparison, loadOutreachComparison } from './outreach-comparison';

const HOUR_MS = 3_600_000;

/** `npm run job -- risk [--backfill N]` */
export function parseRiskArgs(args: readonly string[]): { backfillDays: number } {
  const { values } = readFlags(args, { backfill: { type: 'string' } });
  return { backfillDays: values.backfill === undefined ? 0 : wholeNumber('--backfill', values.backfill, 0, 3650) };
}

/** `npm run job -- risk-eval [--horizon N] [--tune]` */
export function parseRiskEvalArgs(args: readonly string[]): { horizonDays: number; tune: boolean } {
  const { values } = readFlags(args, { horizon: { type: 'string' }, tune: { type: 'boolean' } });
  return { horizonDays: values.horizon === undefined ? 7 : wholeNumber('--horizon', values.horizon, 0, 3650), tune: values.tune === true };
}

export const riskJob: Job = {
  name: 'risk',
  description: "Compute every student's at-risk score (add --backfill N for N days of history)",
  everyMs: HOUR_MS,
  run: async ({ db, now, args, log }) => {
    const summary = await runRiskScoring(db, { now, backfillDays: parseRiskArgs(args).backfillDays, log });
    log(
      `scored ${summary.scored} students with ${summary.modelVersion}: ${Object.entries(summary.levels)
        .map(([level, count]) => `${level} ${count}`)
        .join(', ')}`,
    );
    return { ...summary, levels: JSON.stringify(summary.levels) };
  },
};

const pct = (value: number) => (Number.isNaN(value) ? 'n/a' : value.toFixed(3));

function describe(label: string, report: SplitReport): string[] {
  const { atRisk, atThreshold } = report;
  return [
    `${label}: ${report.students} students, ${report.dropouts} drop-outs`,
    `  AUC ${pct(report.auc)}`,
    `  at_risk (score > ${RISK_MODEL.thresholds.elevated}): precision ${pct(atRisk.precision)}, recall ${pct(atRisk.recall)} (tp ${atRisk.tp}, fp ${atRisk.fp}, fn ${atRisk.fn}, tn ${atRisk.tn})`,
    `  API default (score ≥ 0.7): precision ${pct(atThreshold.precision)}, recall ${pct(atThreshold.recall)}`,
    `  prediction only (drop-outs after the cut-off: ${report.predictionDropouts}): AUC ${pct(report.predictionAuc)}`,
  ];
}

export const riskEvalJob: Job = {
  name: 'risk-eval',
  description: 'Evaluate the risk model against known outcomes: AUC, precision, recall (--horizon N days, --tune)',
  run: async ({ db, args, log, now }) => {
    const { horizonDays, tune } = parseRiskEvalArgs(args);
    const cohort = await loadEvalCohort(db, { horizonDays });
    const scored = scoreCohort(cohort);
    const holdout = reportFor(scored.filter((item) => item.split === 'holdout'));
    log(`model ${RISK_MODEL.version}; outcomes recorded ${cohort.observedAt.toISOString()}`);
    log(
      `cut-off ${cohort.cutoff.toISOString()} (${horizonDays} days earlier): scores use only data before it; students created after it are left out`,
    );
    log('held out: students are split into "tune" and "holdout" halves by a hash of their id (lib/risk/split.ts).');
    log(
      `  ${RISK_MODEL.version}'s windows were chosen with \`risk-eval --tune\` on the TUNE half of a seed-2 cohort (150 students, 60 days) only;`,
    );
    log('  the HOLDOUT half below was never used to choose anything, and the factor weights were kept as configured.');
    for (const line of describe('HOLDOUT (the figure that counts)', holdout)) log(line);
    for (const line of describe(
      'tune half (the half windows may be chosen on; for reference)',
      reportFor(scored.filter((item) => item.split === 'tune')),
    ))
      log(line);
    for (const line of describe('everyone (both halves; for reference)', reportFor(scored))) log(line);
    const summary: Record<string, unknown> = {
      modelVersion: RISK_MODEL.version,
      cutoff: cohort.cutoff.toISOString(),
      holdoutStudents: holdout.students,
      holdoutDropouts: holdout.dropouts,
      auc: Number(holdout.auc.toFixed(4)),
      precision: Number(holdout.atRisk.precision.toFixed(4)),
      recall: Number(holdout.atRisk.recall.toFixed(4)),
      meetsTarget: holdout.auc >= 0.85,
    };
    const outreach = await loadOutreachComparison(db, now);
    for (const line of describeComparison(outreach)) log(line);
    summary.returnedWithOutreach = `${outreach.withOutreach.cameBack}/${outreach.withOutreach.students}`;
    summary.returnedWithoutOutreach = `${outreach.withoutOutreach.cameBack}/${outreach.withoutOutreach.students}`;
    if (tune) {
      const tuned = await tuneOnTuneHalf(db, horizonDays);
      const tunedCohort = await loadEvalCohort(db, { horizonDays, model: tuned.model });
      const tunedHoldout = reportFor(
        scoreCohort({ ...tunedCohort, students: tunedCohort.students.filter((s) => s.split === 'holdout') }, tuned.model),
        tuned.model,
      );
      log(
        `tuning: best of ${tuned.candidates} window settings on the tune half: AUC ${pct(tuned.tuneAuc)}, F1@at_risk ${pct(tuned.tuneF1)}`,
      );
      log(`  windows ${JSON.stringify(tuned.model.windows)}`);
      for (const line of describe('  the tuned windows on the HOLDOUT half', tunedHoldout)) log(line);
      log('  (not applied: copy them into lib/risk/config.ts and bump the version if they hold up on the holdout half)');
      summary.tunedHoldoutAuc = Number(tunedHoldout.auc.toFixed(4));
    }
    return summary;
  },
};
