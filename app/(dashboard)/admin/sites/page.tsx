import { getLocale, getTranslations } from 'next-intl/server';
import type { Locale } from '@/lib/i18n/config';
import { requirePageUser } from '@/lib/auth';
import { embedTag, publicOrigin } from '@/lib/http/public-origin';
import { listSiteCollectionSettings } from '@/lib/privacy/site-settings';
import { PageHeader } from '@/components/dashboard/page-header';
import { AdminTabs } from '../_components/admin-tabs';
import { DataName, dataTag } from '../_components/data-name';
import styles from '../_components/admin.module.css';
import { NewSiteForm } from './_components/new-site-form';
import { RotateSecretForm } from './_components/rotate-secret-form';
import { SiteSettingsForm } from './_components/site-settings-form';
import { LrsCredentials } from './_components/lrs-credentials';
import { lrsCredentialsBySite } from '@/lib/xapi/credentials';
import { getRollupRebuilds } from '@/lib/queries/rollup-rebuilds';
import { TimeZoneForm } from './_components/time-zone-form';
import { RebuildStatusLine } from './_components/rebuild-status';
import { latestHistoryJobRuns } from '@/lib/queries/job-runs';
import { HistoryJobs } from './_components/history-jobs';

export async function generateMetadata() {
  return { title: (await getTranslations('admin.sites'))('title') };
}

export default async function SitesPage() {
  const user = await requirePageUser('ADMIN');
  const [sites, origin] = await Promise.all([listSiteCollectionSettings(user), publicOrigin()]);
  const [credentials, rebuilds, historyRuns] = await Promise.all([
    lrsCredentialsBySite(sites.map((site) => site.id)),
    getRollupRebuilds(user),
    latestHistoryJobRuns(user),
  ]);
  const t = await getTranslations('admin.sites');
  const locale = (await getLocale()) as Locale;
  return (
    <div className={styles.page}>
      <PageHeader title={t('title')} subtitle={t('subtitle')} />
      <AdminTabs current="/admin/sites" />
      <NewSiteForm />
      {sites.length === 0 && <p className="muted">{t('empty')}</p>}
      {sites.map((site) => (
        <article key={site.id} className={`card ${styles.section}`} aria-labelledby={`site-${site.id}`}>
          <h2 id={`site-${site.id}`} translate="no">
            {site.name} <span className="muted">· {site.key}</span>
          </h2>
          <dl className={styles.facts}>
            <dt>{t('allowedDomains')}</dt>
            <dd>{site.domains.length ? <span translate="no">{site.domains.join(', ')}</span> : t('none')}</dd>
            <dt>{t('timeZone')}</dt>
            <dd aria-labelledby={`zone-name-${site.id}`} translate="no">
              {site.timeZone}
            </dd>
            <dt>{t('rollupsRebuild')}</dt>
            <dd>
              <RebuildStatusLine siteKey={site.key} status={rebuilds.get(site.key)} locale={locale} />
            </dd>
            <dt>{t('unverifiedClaims')}</dt>
            <dd aria-labelledby={`claims-name-${site.id}`}>
              {site.unverifiedClaims.events === 0
                ? t('none')
                : t('claims', { events: site.unverifiedClaims.events, sessions: site.unverifiedClaims.sessions }) +
                  (site.trustBrowserIdentity ? t('claimsLinked') : t('claimsStored'))}
            </dd>
          </dl>
          <DataName id={`zone-name-${site.id}`}>{t.rich('timeZoneInEffect', { key: site.key, d: dataTag })}</DataName>
          <DataName id={`claims-name-${site.id}`}>{t.rich('unverifiedClaimsLabel', { key: site.key, d: dataTag })}</DataName>
          <DataName id={`snippet-name-${site.id}`}>{t.rich('embedSnippet', { key: site.key, d: dataTag })}</DataName>
          <pre className={styles.pre} aria-labelledby={`snippet-name-${site.id}`} translate="no">
            {embedTag(origin, site.key)}
          </pre>
          <SiteSettingsForm site={site} />
          <TimeZoneForm siteId={site.id} siteKey={site.key} timeZone={site.timeZone} />
          <RotateSecretForm siteId={site.id} siteKey={site.key} hint={site.secretHint} />
          <LrsCredentials
            siteId={site.id}
            siteKey={site.key}
            origin={origin}
            credentials={credentials.get(site.id) ?? []}
            locale={locale}
          />
        </article>
      ))}
      <HistoryJobs runs={historyRuns} locale={locale} />
    </div>
  );
}
