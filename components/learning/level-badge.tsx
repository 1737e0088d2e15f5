import { useTranslations } from 'next-intl';
import type { RiskLevel } from '@/lib/risk/config';
import { useRiskText } from './use-risk-text';
import styles from './learning.module.css';

/** The level in words, coloured by how worrying it is; the band's range is in the tooltip. */
export function LevelBadge({ level }: { level: RiskLevel }) {
  const t = useTranslations('learning.badge');
  const info = useRiskText().levels[level];
  return (
    <span
      className={`${styles.level} ${styles[info.tone]}`}
      title={t('title', { label: info.label, range: info.range, description: info.description })}
      data-level={level}
    >
      {info.label}
    </span>
  );
}
