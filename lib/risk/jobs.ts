// The `risk` and `risk-eval` jobs (registered in lib/jobs/registry.ts).
import { readFlags, wholeNumber } from '@/lib/cli/flags';
import type { Job } from '@/lib/jobs/types';
import { EVAL_HORIZON_DAYS, EVAL_TARGET_AUC, EVAL_WARNING_AUC, RISK_MODEL } from './config';
import { runRiskScoring } from './compute';
import { loadEvalCohort, reportFor, scoreCohort, type SplitReport } from './evaluation';
import { saveEvaluation } from './evaluation-store';
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
  return {
    horizonDays: values.horizon === undefined ? EVAL_HORIZON_DAYS : wholeNumber('--horizon', values.horizon, 1, 3650),
    tune: values.tune === true,
  };
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

const pct = (value: number | null) => (value === null || Number.isNaN(value) ? 'n/a' : value.toFixed(3));

function describe(label: string, report: SplitReport): string[] {
  const { atRisk, atThreshold } = report;
  return [
    `${label}: ${report.students} students, ${report.dropouts} drop-outs`,
    `  AUC ${pct(report.auc)}`,
    `  at_risk (score > ${RISK_MODEL.thresholds.elevated}): precision ${pct(atRisk.precision)}, recall ${pct(atRisk.recall)} (tp ${atRisk.tp}, fp ${atRisk.fp}, fn ${atRisk.fn}, tn ${atRisk.tn})`,
    `  API default (score ≥ 0.7): precision ${pct(atThreshold.precision)}, recall ${pct(atThreshold.recall)}`,
    `  calibration (observed drop-out rate per band): ${report.calibration
      .map((band) => `${band.level} ${band.dropouts}/${band.students}${band.rate === null ? '' : ` = ${(band.rate * 100).toFixed(0)}%`}`)
      .join(', ')}`,
  ];
}

const SOURCES = {
  known: "the platform's own known outcomes (imported or recorded by staff)",
  demo: "the demo seed's planted drop-outs (no known outcomes imported or recorded yet)",
} as const;

export const riskEvalJob: Job = {
  name: 'risk-eval',
  description: `Evaluate the risk model against known outcomes, ${EVAL_HORIZON_DAYS} days ahead: AUC, precision, recall, calibration (--horizon N days, --tune)`,
  run: async ({ db, args, log, now }) => {
    const { horizonDays, tune } = parseRiskEvalArgs(args);
    const cohort = await loadEvalCohort(db, { horizonDays });
    const scored = scoreCohort(cohort);
    const holdout = reportFor(scored.filter((item) => item.split === 'holdout'));
    const recognition = scoreCohort(await loadEvalCohort(db, { horizonDays, mode: 'recognition' }));
    const recognitionHoldout = reportFor(recognition.filter((item) => item.split === 'holdout'));
    log(`model ${RISK_MODEL.version}; outcomes: ${SOURCES[cohort.source]}`);
    log(
      `prediction only: each student is scored at a cut-off ${horizonDays} days before their outcome (midnight UTC, from data before it only);`,
    );
    log("  students who stayed are scored at cut-offs drawn from the drop-outs' ones; students created after their cut-off are left out.");
    if (cohort.cutoffs)
      log(`  cut-offs from ${cohort.cutoffs.first.toISOString().slice(0, 10)} to ${cohort.cutoffs.last.toISOString().slice(0, 10)}`);
    log('held out: students are split into "tune" and "holdout" halves by a hash of their id (lib/risk/split.ts);');
    log('  the HOLDOUT half below was never used to choose anything, and the factor weights were kept as configured.');
    for (const line of describe(`HOLDOUT, prediction ${horizonDays} days ahead (the figure that counts)`, holdout)) log(line);
    if (!Number.isNaN(holdout.auc) && holdout.auc < EVAL_WARNING_AUC)
      log(`  WARNING: AUC below ${EVAL_WARNING_AUC}; do not act on these scores alone on this platform.`);
    for (const line of describe(
      'tune half, prediction (the half windows may be chosen on; for reference)',
      reportFor(scored.filter((item) => item.split === 'tune')),
    ))
      log(line);
    log(
      `recognition (for reference only): everyone scored once, ${horizonDays} days before the latest outcome, whenever they left: holdout AUC ${pct(recognitionHoldout.auc)} on ${recognitionHoldout.students} students (${recognitionHoldout.dropouts} drop-outs, most already gone at the cut-off)`,
    );
    const saved = await saveEvaluation(db, {
      modelVersion: RISK_MODEL.version,
      source: cohort.source,
      horizonDays,
      holdout,
      recognitionAuc: recognitionHoldout.auc,
      ranAt: now,
    });
    log(`stored as RiskEvaluation ${saved.id} (shown under Admin → Risk model)`);
    const round = (value: number) => (Number.isNaN(value) ? null : Number(value.toFixed(4)));
    const summary: Record<string, unknown> = {
      modelVersion: RISK_MODEL.version,
      source: cohort.source,
      horizonDays,
      holdoutStudents: holdout.students,
      holdoutDropouts: holdout.dropouts,
      auc: round(holdout.auc),
      precision: round(holdout.atRisk.precision),
      recall: round(holdout.atRisk.recall),
      recognitionAuc: round(recognitionHoldout.auc),
      meetsTarget: holdout.auc >= EVAL_TARGET_AUC,
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
      summary.tunedHoldoutAuc = round(tunedHoldout.auc);
    }
    return summary;
  },
};
