import type { CSSProperties } from 'react';
import styles from './skeleton.module.css';

/** The one shimmering placeholder bar every loading state is built from. */
export function Skeleton({ width = '100%', height, style }: { width?: number | string; height: number | string; style?: CSSProperties }) {
  return <span className={styles.bar} style={{ width, height, ...style }} />;
}

/** A placeholder block for a section still loading, announced to screen readers by `label`. */
export function LoadingBlock({ label, height = 120 }: { label: string; height?: number }) {
  return (
    <div aria-busy="true" aria-label={label}>
      <Skeleton height={height} />
    </div>
  );
}
