'use client';

import { Component, type ReactNode } from 'react';
import styles from './section.module.css';

type State = { failed: boolean };

type Props = { title: string; headline: string; body: string; className?: string; children: ReactNode };

/** Keeps one failing section from taking the page down; the rest still renders. Texts come translated from AsyncSection. */
export class SectionErrorBoundary extends Component<Props, State> {
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
          <p className={styles.headline}>{this.props.headline}</p>
          <p>{this.props.body}</p>
        </div>
      </section>
    );
  }
}
