import type { Metadata } from 'next';
import { requirePageUser } from '@/lib/auth';
import { embedTag, publicOrigin } from '@/lib/http/public-origin';
import { listSiteCollectionSettings } from '@/lib/privacy/site-settings';
import { PageHeader } from '@/components/dashboard/page-header';
import { AdminTabs } from '../_components/admin-tabs';
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

export const metadata: Metadata = { title: 'Sites & consent' };

export default async function SitesPage() {
  const user = await requirePageUser('ADMIN');
  const [sites, origin] = await Promise.all([listSiteCollectionSettings(user), publicOrigin()]);
  const [credentials, rebuilds, historyRuns] = await Promise.all([
    lrsCredentialsBySite(sites.map((site) => site.id)),
    getRollupRebuilds(user),
    latestHistoryJobRuns(user),
  ]);
  return (
    <div className={styles.page}>
      <PageHeader
        title="Sites & consent"
        subtitle="The sites that send events, what each tracker may collect, and the secrets their servers use. Every change is audited; browsers pick settings up within five minutes."
      />
      <AdminTabs current="/admin/sites" />
      <NewSiteForm />
      {sites.length === 0 && <p className="muted">No sites yet. Add one above to get its embed snippet.</p>}
      {sites.map((site) => (
        <article key={site.id} className={`card ${styles.section}`} aria-labelledby={`site-${site.id}`}>
          <h2 id={`site-${site.id}`}>
            {site.name} <span className="muted">· {site.key}</span>
          </h2>
          <dl className={styles.facts}>
            <dt>Allowed domains</dt>
            <dd>{site.domains.join(', ') || 'none'}</dd>
            <dt>Time zone</dt>
            <dd aria-label={`Time zone of ${site.key} in effect`}>{site.timeZone}</dd>
            <dt>Rollups rebuild</dt>
            <dd>
              <RebuildStatusLine siteKey={site.key} status={rebuilds.get(site.key)} />
            </dd>
            <dt>Unverified identity claims</dt>
            <dd aria-label={`Unverified identity claims for ${site.key}`}>
              {site.unverifiedClaims.events === 0
                ? 'none'
                : `${site.unverifiedClaims.events} event(s) in ${site.unverifiedClaims.sessions} session(s) named a user without a valid token${
                    site.trustBrowserIdentity ? ' (linked anyway: this site trusts browser identity)' : ' (stored, not linked to anyone)'
                  }`}
            </dd>
          </dl>
          <pre className={styles.pre} aria-label={`Embed snippet for ${site.key}`}>
            {embedTag(origin, site.key)}
          </pre>
          <SiteSettingsForm site={site} />
          <TimeZoneForm siteId={site.id} siteKey={site.key} timeZone={site.timeZone} />
          <RotateSecretForm siteId={site.id} siteKey={site.key} hint={site.secretHint} />
          <LrsCredentials siteId={site.id} siteKey={site.key} origin={origin} credentials={credentials.get(site.id) ?? []} />
        </article>
      ))}
      <HistoryJobs runs={historyRuns} />
    </div>
  );
}
