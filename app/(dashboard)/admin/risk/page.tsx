import { getLocale, getTranslations } from 'next-intl/server';
import { requirePageUser } from '@/lib/auth';
import { FACTOR_KEYS, RISK_MODEL } from '@/lib/risk/config';
import { latestRiskEvaluation } from '@/lib/queries/risk-evaluation';
import type { Locale } from '@/lib/i18n/config';
import { createFormatter } from '@/lib/i18n/format';
import { PageHeader } from '@/components/dashboard/page-header';
import { AdminTabs } from '../_components/admin-tabs';
import styles from '../_components/admin.module.css';
import { EvaluationPanel } from './_components/evaluation-panel';
import { dataTag } from '../_components/data-name';

export async function generateMetadata() {
  return { title: (await getTranslations('admin.risk'))('title') };
}

export default async function AdminRiskPage() {
  const admin = await requirePageUser('ADMIN');
  const evaluation = await latestRiskEvaluation(admin);
  const thresholds = RISK_MODEL.thresholds;
  const t = await getTranslations('admin.risk');
  const locale = (await getLocale()) as Locale;
  const f = createFormatter(locale);
  return (
    <div className={styles.page}>
      <PageHeader title={t('title')} subtitle={t('subtitle')} />
      <AdminTabs current="/admin/risk" />
      <section className={`card ${styles.section}`} aria-labelledby="model-heading">
        <h2 id="model-heading">{t.rich('model', { version: RISK_MODEL.version, d: dataTag })}</h2>
        <ul>
          {FACTOR_KEYS.map((key) => (
            <li key={key}>
              {t('weight', { factor: t(`factors.${key}`), weight: f.percent(Math.round(RISK_MODEL.weights[key] * 100) / 100, 0) })}
            </li>
          ))}
        </ul>
        <p className="muted">
          {t('bands', {
            minimal: f.exact(thresholds.minimal),
            moderate: f.exact(thresholds.moderate),
            elevated: f.exact(thresholds.elevated),
          })}
        </p>
      </section>
      <section className={`card ${styles.section}`} aria-labelledby="evaluation-heading">
        <h2 id="evaluation-heading">{t('latest')}</h2>
        <EvaluationPanel evaluation={evaluation} locale={locale} />
      </section>
    </div>
  );
}
