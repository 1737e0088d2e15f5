import { getLocale, getTranslations } from 'next-intl/server';
import type { SessionUser } from '@/lib/auth/roles';
import type { Locale } from '@/lib/i18n/config';
import { createFormatter } from '@/lib/i18n/format';
import { ENV_ANONYMISE, ENV_DELETE } from '@/lib/privacy/retention-config';
import { getRetentionStatus } from '@/lib/privacy/retention-status';
import { RetentionForm } from './retention-form';
import styles from '../../_components/admin.module.css';
import { Notice } from '@/components/status/notice';

export async function RetentionPanel({ viewer }: { viewer: SessionUser }) {
  const status = await getRetentionStatus(viewer);
  const run = status.lastRun;
  const details = (run?.details ?? {}) as Record<string, unknown>;
  const t = await getTranslations('admin.privacy.retention');
  // The job runs for every site at once, on the server's UTC day.
  const f = createFormatter((await getLocale()) as Locale, 'UTC');
  const count = (value: unknown) => f.exact(Number(value ?? 0) || 0);
  return (
    <section className={`card ${styles.section}`} aria-labelledby="retention-heading">
      <h2 id="retention-heading">{t('title')}</h2>
      {status.error ? (
        <Notice alert>
          <span translate="no">{status.error}</span>
        </Notice>
      ) : (
        status.config && (
          <p>
            {t.rich('summary', {
              anonymise: f.exact(status.config.anonymiseAfterDays),
              anonymiseSource: t(`sources.${status.config.sources.anonymiseAfterDays}`),
              delete: f.exact(status.config.deleteAfterDays),
              deleteSource: t(`sources.${status.config.sources.deleteAfterDays}`),
              strong: (chunks) => <strong>{chunks}</strong>,
              code: (chunks) => <code>{chunks}</code>,
            })}
          </p>
        )
      )}
      <p className="muted">
        {run
          ? run.ok === false
            ? t('lastRunFailed', { when: f.dayTime(run.startedAt), error: details.error ? String(details.error) : t('unknownError') })
            : t('lastRun', {
                when: f.dayTime(run.startedAt),
                deleted: count(details.eventsDeleted),
                anonymised: count(details.eventsAnonymised),
              })
          : t('neverRun')}
      </p>
      <RetentionForm
        saved={status.override ?? {}}
        placeholders={{ anonymise: status.env.anonymise ?? '90', delete: status.env.delete ?? '730' }}
        envNames={{ anonymise: ENV_ANONYMISE, delete: ENV_DELETE }}
      />
    </section>
  );
}
