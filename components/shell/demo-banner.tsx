import styles from './demo-banner.module.css';

/** On every page while the demo seed's data and its published passwords are in the database. */
export function DemoBanner() {
  return (
    <p className={styles.banner} role="note" data-demo-banner>
      <strong>Demo data.</strong> These accounts have published passwords. Before real use, run <code>npm run demo -- remove</code>.
    </p>
  );
}
