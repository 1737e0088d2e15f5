import Link from 'next/link';
import type { RiskLevel } from '@/lib/risk/config';
import { useTranslations } from 'next-intl';
import { LEVEL_ORDER } from '@/lib/risk/levels';
import { useRiskText } from './use-risk-text';
import { studentsHref } from './students-href';
import type { SearchParamsRecord } from '@/lib/params/search-params';
import styles from './learning.module.css';

/** How many visible students are in each band; each chip filters the table to its band. */
export function LevelChips({
  counts,
  active,
  query,
}: {
  counts: Record<RiskLevel, number>;
  active?: RiskLevel;
  query: SearchParamsRecord;
}) {
  const t = useTranslations('learning.chips');
  const { levels } = useRiskText();
  return (
    <nav className={styles.chips} aria-label={t('label')}>
      {[...LEVEL_ORDER].reverse().map((level) => (
        <Link
          key={level}
          href={studentsHref(query, { level: active === level ? null : level })}
          className={styles.chip}
          aria-current={active === level ? 'true' : undefined}
          data-level-count={level}
        >
          <span className={styles.chipCount}>{counts[level]}</span>
          <span className={`${styles.level} ${styles[levels[level].tone]}`}>{levels[level].label}</span>
        </Link>
      ))}
    </nav>
  );
}
