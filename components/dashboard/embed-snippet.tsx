import { getTranslations } from 'next-intl/server';
import { useTranslations } from 'next-intl';
import { embedTag, publicOrigin } from '@/lib/http/public-origin';
import styles from './dashboard.module.css';

/** Shown until a site sends its first event. */
export async function EmbedSnippet({ siteKey, siteName }: { siteKey: string; siteName: string }) {
  const snippet = embedTag(await publicOrigin(), siteKey);
  const t = await getTranslations('dashboard.embed');
  return (
    <section className={`card ${styles.empty}`}>
      <span className={styles.emptyIcon} aria-hidden="true">
        <svg width="22" height="22" viewBox="0 0 24 24" fill="none" stroke="currentColor" strokeWidth="2" strokeLinecap="round">
          <path d="M8 8l-4 4 4 4M16 8l4 4-4 4M13.5 5l-3 14" />
        </svg>
      </span>
      <h2>{t('title')}</h2>
      <p className="muted">
        {t.rich('body', {
          site: siteName,
          strong: (chunks) => <strong translate="no">{chunks}</strong>,
          code: (chunks) => <code>{chunks}</code>,
        })}
      </p>
      <pre className={styles.snippet}>
        <code>{snippet}</code>
      </pre>
    </section>
  );
}

/** Shown when a site has data, just none in the chosen period. */
export function QuietPeriod() {
  const t = useTranslations('dashboard.quiet');
  return (
    <section className={`card ${styles.empty}`}>
      <h2>{t('title')}</h2>
      <p className="muted">{t('body')}</p>
    </section>
  );
}
