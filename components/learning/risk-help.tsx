import { useTranslations } from 'next-intl';
import { FACTOR_KEYS, RISK_MODEL } from '@/lib/risk/config';
import { LEVEL_ORDER } from '@/lib/risk/levels';
import { Data } from '@/components/dashboard/dashboard-heading';
import { useRiskText } from './use-risk-text';
import styles from './learning.module.css';

/** How to read the score: its direction, the bands, and the five factors with their weights. */
export function RiskHelp({ open = false }: { open?: boolean }) {
  const t = useTranslations('learning.help');
  const { f, levels, factors } = useRiskText();
  return (
    <details className={`card ${styles.panel} ${styles.help}`} open={open}>
      <summary>{t('summary')}</summary>
      <p className="muted" style={{ marginTop: 8 }}>
        {t.rich('intro', { b: (c) => <b>{c}</b> })}
      </p>
      <dl>
        {LEVEL_ORDER.map((level) => (
          <div key={level} style={{ display: 'contents' }}>
            <dt>{levels[level].label}</dt>
            <dd>{t('level', { range: levels[level].range, description: levels[level].description })}</dd>
          </div>
        ))}
      </dl>
      <p className="muted" style={{ marginTop: 12 }}>
        {t('factorsIntro')}
      </p>
      <dl>
        {FACTOR_KEYS.map((key) => (
          <div key={key} style={{ display: 'contents' }}>
            <dt>{t('factor', { label: factors[key].label, weight: f.percent(RISK_MODEL.weights[key], 0) })}</dt>
            <dd>{factors[key].explain}</dd>
          </div>
        ))}
      </dl>
      <p className="muted" style={{ marginTop: 12 }}>
        {t.rich('model', { version: RISK_MODEL.version, data: (c) => <Data>{c}</Data>, code: (c) => <code>{c}</code> })}
      </p>
    </details>
  );
}
