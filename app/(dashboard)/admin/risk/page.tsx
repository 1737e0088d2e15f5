import type { Metadata } from 'next';
import { requirePageUser } from '@/lib/auth';
import { FACTOR_KEYS, RISK_MODEL } from '@/lib/risk/config';
import { FACTOR_INFO } from '@/lib/risk/factor-info';
import { latestRiskEvaluation } from '@/lib/queries/risk-evaluation';
import { PageHeader } from '@/components/dashboard/page-header';
import { AdminTabs } from '../_components/admin-tabs';
import styles from '../_components/admin.module.css';
import { EvaluationPanel } from './_components/evaluation-panel';

export const metadata: Metadata = { title: 'Risk model' };

export default async function AdminRiskPage() {
  const admin = await requirePageUser('ADMIN');
  const evaluation = await latestRiskEvaluation(admin);
  const t = RISK_MODEL.thresholds;
  return (
    <div className={styles.page}>
      <PageHeader title="Risk model" subtitle="The at-risk score's factors, and how well it predicted drop-outs when last measured." />
      <AdminTabs current="/admin/risk" />
      <section className={`card ${styles.section}`} aria-labelledby="model-heading">
        <h2 id="model-heading">Model {RISK_MODEL.version}</h2>
        <ul>
          {FACTOR_KEYS.map((key) => (
            <li key={key}>
              {FACTOR_INFO[key].label}: {Math.round(RISK_MODEL.weights[key] * 100)}%
            </li>
          ))}
        </ul>
        <p className="muted">
          Bands: minimal &lt; {t.minimal} ≤ moderate &lt; {t.moderate} ≤ elevated ≤ {t.elevated} &lt; at risk.
        </p>
      </section>
      <section className={`card ${styles.section}`} aria-labelledby="evaluation-heading">
        <h2 id="evaluation-heading">Latest evaluation</h2>
        <EvaluationPanel evaluation={evaluation} />
      </section>
    </div>
  );
}
