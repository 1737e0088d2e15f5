import styles from './dashboard.module.css';

/** An instructor whose courses are on no site yet, or a fresh install with no sites. */
export function NoSites({ isAdmin }: { isAdmin: boolean }) {
  return (
    <section className={`card ${styles.empty}`}>
      <h2>No sites yet</h2>
      <p className="muted">
        {isAdmin
          ? 'Add a site to start collecting analytics. Each site gets a key for its embed snippet.'
          : 'None of your courses is linked to a site yet. Ask an administrator to link them; their analytics will appear here.'}
      </p>
    </section>
  );
}
