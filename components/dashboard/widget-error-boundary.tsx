'use client';

import { Component, type ReactNode } from 'react';
import styles from './widgets.module.css';

type State = { failed: boolean };

/** Keeps one failing widget from taking the page down; the rest of the dashboard still renders. */
export class WidgetErrorBoundary extends Component<{ title: string; children: ReactNode; wide?: boolean }, State> {
  override state: State = { failed: false };

  static getDerivedStateFromError(): State {
    return { failed: true };
  }

  override render() {
    if (!this.state.failed) return this.props.children;
    return (
      <section className={`card ${styles.widget} ${this.props.wide ? styles.wide : ''}`} role="alert">
        <h2 className={styles.widgetTitle}>{this.props.title}</h2>
        <div className={styles.error}>
          <p className={styles.emptyTitle}>This widget could not load.</p>
          <p>The error has been logged on the server. Reload the page to try again; the rest of the dashboard is unaffected.</p>
        </div>
      </section>
    );
  }
}
