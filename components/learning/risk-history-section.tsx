import { getTranslations } from 'next-intl/server';
import type { SessionUser } from '@/lib/auth/roles';
import { getRiskHistory } from '@/lib/queries/student';
import { RiskHistoryChart } from './risk-history-chart';
import styles from './learning.module.css';

const DAYS = 90;

export async function RiskHistorySection({ user, studentId }: { user: SessionUser; studentId: string }) {
  const history = await getRiskHistory(user, studentId, DAYS);
  const t = await getTranslations('learning.student.history');
  return (
    <section className={`card ${styles.panel} ${styles.section}`} aria-labelledby="history-heading">
      <h2 id="history-heading">{t('title', { days: DAYS })}</h2>
      {history.length === 0 ? (
        <p className="muted">{t('none')}</p>
      ) : (
        <RiskHistoryChart
          points={history.map((point) => ({ day: point.computedAt.slice(0, 10), score: point.score, level: point.level }))}
          ariaLabel={t('chart')}
        />
      )}
    </section>
  );
}
