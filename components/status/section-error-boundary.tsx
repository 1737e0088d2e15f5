'use client';

import { Component, type ReactNode } from 'react';
import styles from './section.module.css';

type State = { failed: boolean };

/** Keeps one failing section from taking the page down; the rest still renders. */
export class SectionErrorBoundary extends Component<{ title: string; className?: string; children: ReactNode }, State> {
  override state: State = { failed: false };

  static getDerivedStateFromError(): State {
    return { failed: true };
  }

  override render() {
    if (!this.state.failed) return this.props.children;
    return (
      <section className={`card ${styles.failed} ${this.props.className ?? ''}`} role="alert">
        <h2 className={styles.title}>{this.props.title}</h2>
        <div className={styles.message}>
          <p className={styles.headline}>{this.props.title} could not load.</p>
          <p>The error has been logged on the server. Reload the page to try again; the rest of the page is unaffected.</p>
        </div>
      </section>
    );
  }
}
