import { embedTag, publicOrigin } from '@/lib/http/public-origin';
import styles from './dashboard.module.css';

/** Shown until a site sends its first event. */
export async function EmbedSnippet({ siteKey, siteName }: { siteKey: string; siteName: string }) {
  const snippet = embedTag(await publicOrigin(), siteKey);
  return (
    <section className={`card ${styles.empty}`}>
      <span className={styles.emptyIcon} aria-hidden="true">
        <svg width="22" height="22" viewBox="0 0 24 24" fill="none" stroke="currentColor" strokeWidth="2" strokeLinecap="round">
          <path d="M8 8l-4 4 4 4M16 8l4 4-4 4M13.5 5l-3 14" />
        </svg>
      </span>
      <h2>No events yet</h2>
      <p className="muted">
        Embed the snippet below in every page of <strong>{siteName}</strong>, just before <code>&lt;/head&gt;</code>. Figures appear here
        within seconds of the first visit.
      </p>
      <pre className={styles.snippet}>
        <code>{snippet}</code>
      </pre>
    </section>
  );
}

/** Shown when a site has data, just none in the chosen period. */
export function QuietPeriod() {
  return (
    <section className={`card ${styles.empty}`}>
      <h2>No activity in this period</h2>
      <p className="muted">Nothing was recorded for these dates. Try a longer range.</p>
    </section>
  );
}
