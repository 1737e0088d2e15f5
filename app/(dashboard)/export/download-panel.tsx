'use client';
// The download button. It fetches the streamed export itself (rather than following a link) so
// it can show progress as bytes arrive, refuse a second click while one runs, offer Cancel, and
// show the server's error message; the finished file is saved from a Blob.
import { useEffect, useRef, useState } from 'react';
import { useRouter } from 'next/navigation';
import styles from './export.module.css';
import { formatBytes, formatDuration } from '@/lib/format';

type Format = 'xlsx' | 'csv' | 'json' | 'parquet';
const OTHER_FORMATS: { format: Format; label: string }[] = [
  { format: 'csv', label: 'CSV' },
  { format: 'json', label: 'NDJSON' },
  { format: 'parquet', label: 'Parquet' },
];

type State =
  | { kind: 'idle' }
  | { kind: 'running'; format: Format; filename: string | null; rows: number | null; bytes: number; startedAt: number; now: number }
  | { kind: 'done'; filename: string; rows: number | null; bytes: number; ms: number }
  | { kind: 'error'; message: string };

const whole = new Intl.NumberFormat('en-US');

async function errorMessage(response: Response): Promise<string> {
  try {
    const body = (await response.json()) as { error?: { message?: string } };
    if (body.error?.message) return body.error.message;
  } catch {
    // not JSON: fall through to the status line
  }
  return `The export failed (${response.status} ${response.statusText}).`;
}

function saveBlob(blob: Blob, filename: string) {
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = filename;
  document.body.append(link);
  link.click();
  link.remove();
  // The browser has taken its copy once the click is handled; keep the URL a little for slow disks.
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}

export function DownloadPanel({ query }: { query: string }) {
  const [state, setState] = useState<State>({ kind: 'idle' });
  const abort = useRef<AbortController | null>(null);
  const router = useRouter();
  const running = state.kind === 'running';

  useEffect(() => () => abort.current?.abort(), []);

  async function start(format: Format) {
    if (abort.current) return; // one download at a time, even on a fast double click
    const controller = new AbortController();
    abort.current = controller;
    const startedAt = Date.now();
    setState({ kind: 'running', format, filename: null, rows: null, bytes: 0, startedAt, now: startedAt });
    try {
      const response = await fetch(`/api/export?format=${format}${query ? `&${query}` : ''}`, {
        signal: controller.signal,
        cache: 'no-store',
      });
      if (!response.ok || !response.body) throw new Error(await errorMessage(response));
      const filename = response.headers.get('x-export-filename') ?? `pathwise-clickstream.${format === 'json' ? 'ndjson' : format}`;
      const rowsHeader = response.headers.get('x-export-rows');
      const rows = rowsHeader === null ? null : Number(rowsHeader);
      const chunks: Uint8Array<ArrayBuffer>[] = [];
      let bytes = 0;
      let shown = 0;
      const reader = response.body.getReader();
      for (let next = await reader.read(); !next.done; next = await reader.read()) {
        chunks.push(next.value as Uint8Array<ArrayBuffer>);
        bytes += next.value.byteLength;
        const now = Date.now();
        if (now - shown > 150) {
          shown = now;
          setState({ kind: 'running', format, filename, rows, bytes, startedAt, now });
        }
      }
      saveBlob(new Blob(chunks, { type: response.headers.get('content-type') ?? 'application/octet-stream' }), filename);
      setState({ kind: 'done', filename, rows, bytes, ms: Date.now() - startedAt });
      router.refresh(); // the new audit entry appears under Recent exports
    } catch (error) {
      if (controller.signal.aborted) setState({ kind: 'idle' });
      else setState({ kind: 'error', message: error instanceof Error ? error.message : 'The download was interrupted.' });
    } finally {
      abort.current = null;
    }
  }

  return (
    <div className={styles.download}>
      <button
        type="button"
        className={`button ${styles.primary}`}
        onClick={() => start('xlsx')}
        disabled={running}
        aria-describedby="export-status"
      >
        {running && state.format === 'xlsx' ? 'Preparing spreadsheet…' : 'Download clickstream (.xlsx)'}
      </button>
      <div className={styles.others}>
        <span className="muted">Other formats:</span>
        {OTHER_FORMATS.map(({ format, label }) => (
          <button
            key={format}
            type="button"
            className="button button-secondary button-small"
            onClick={() => start(format)}
            disabled={running}
          >
            {label}
          </button>
        ))}
      </div>
      <div id="export-status" className={styles.status} role="status" aria-live="polite" data-state={state.kind}>
        {state.kind === 'running' && (
          <>
            <progress className={styles.progress} aria-label="Export progress" />
            <span>
              {state.filename ?? 'Starting…'} · {formatBytes(state.bytes)} received
              {state.rows !== null && ` · ${whole.format(state.rows)} rows in this export`} · {formatDuration(state.now - state.startedAt)}
            </span>
            <button type="button" className="button button-secondary button-small" onClick={() => abort.current?.abort()}>
              Cancel
            </button>
          </>
        )}
        {state.kind === 'done' && (
          <span>
            Saved <strong>{state.filename}</strong>
            {state.rows !== null && ` · ${whole.format(state.rows)} rows`} · {formatBytes(state.bytes)} in {formatDuration(state.ms)}
          </span>
        )}
        {state.kind === 'error' && <span className={styles.error}>{state.message}</span>}
      </div>
    </div>
  );
}
