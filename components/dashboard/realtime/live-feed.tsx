import type { RealtimeEvent } from '@/lib/queries/realtime';
import { EmptyState } from '../empty-state';
import styles from '../widgets.module.css';

const LABEL: Record<string, string> = {
  pageview: 'Viewed',
  page_exit: 'Left',
  click: 'Clicked on',
  scroll: 'Scrolled',
  form_submit: 'Submitted a form on',
  download: 'Downloaded from',
  outbound: 'Followed a link on',
  video: 'Video on',
  error: 'Error on',
  custom: 'Event',
};

function describe(event: RealtimeEvent): string {
  if (event.type === 'custom') return event.name ?? 'custom event';
  return `${LABEL[event.type] ?? event.type.replace(/_/g, ' ')}`;
}

/** The newest events, newest first (client-rendered inside the polling leaf). */
export function LiveFeed({ events }: { events: RealtimeEvent[] }) {
  return (
    <section className={`card ${styles.widget}`} data-widget="realtime-feed">
      <h2 className={styles.widgetTitle}>Live feed</h2>
      {events.length === 0 ? (
        <EmptyState title="No events in the last 30 minutes">New events show up here within seconds of arriving.</EmptyState>
      ) : (
        <ol className={styles.barList} aria-label="Newest events">
          {events.map((event) => (
            <li key={event.id} className={styles.barRow} style={{ minHeight: 30 }}>
              <span className={styles.barLabel}>
                <span className={styles.pill} style={{ marginRight: 8 }}>
                  {event.type}
                </span>
                {describe(event)} {event.type !== 'custom' && event.path && <span className={styles.mono}>{event.path}</span>}
              </span>
              <span className={styles.hint} title={event.timestamp}>
                {event.timestamp.slice(11, 19)} · {event.device ?? 'unknown'}
              </span>
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}
