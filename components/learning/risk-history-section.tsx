import type { SessionUser } from '@/lib/auth/roles';
import { getRiskHistory } from '@/lib/queries/student';
import { RiskHistoryChart } from './risk-history-chart';
import styles from './learning.module.css';

const DAYS = 90;

export async function RiskHistorySection({ user, studentId }: { user: SessionUser; studentId: string }) {
  const history = await getRiskHistory(user, studentId, DAYS);
  return (
    <section className={`card ${styles.panel} ${styles.section}`} aria-labelledby="history-heading">
      <h2 id="history-heading">Risk history · last {DAYS} days</h2>
      {history.length === 0 ? (
        <p className="muted">No scores stored yet for this student.</p>
      ) : (
        <RiskHistoryChart
          points={history.map((point) => ({ day: point.computedAt.slice(0, 10), score: point.score, level: point.level }))}
          ariaLabel="Risk score per day; higher is more at risk"
        />
      )}
    </section>
  );
}
