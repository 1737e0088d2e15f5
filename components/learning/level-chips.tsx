import Link from 'next/link';
import type { RiskLevel } from '@/lib/risk/config';
import { LEVEL_ORDER, LEVELS } from '@/lib/risk/levels';
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
  return (
    <nav className={styles.chips} aria-label="Students per level">
      {[...LEVEL_ORDER].reverse().map((level) => (
        <Link
          key={level}
          href={studentsHref(query, { level: active === level ? null : level })}
          className={styles.chip}
          aria-current={active === level ? 'true' : undefined}
          data-level-count={level}
        >
          <span className={styles.chipCount}>{counts[level]}</span>
          <span className={`${styles.level} ${styles[LEVELS[level].tone]}`}>{LEVELS[level].label}</span>
        </Link>
      ))}
    </nav>
  );
}
