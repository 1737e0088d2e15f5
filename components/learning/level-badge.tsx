import type { RiskLevel } from '@/lib/risk/config';
import { LEVELS } from '@/lib/risk/levels';
import styles from './learning.module.css';

/** The level in words, coloured by how worrying it is; the band's range is in the tooltip. */
export function LevelBadge({ level }: { level: RiskLevel }) {
  const info = LEVELS[level];
  return (
    <span
      className={`${styles.level} ${styles[info.tone]}`}
      title={`${info.label}: risk ${info.range}. ${info.description}`}
      data-level={level}
    >
      {info.label}
    </span>
  );
}
