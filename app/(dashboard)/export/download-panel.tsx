'use client';
// The download button. It fetches the streamed export itself (rather than following a link) so
// it can show progress as bytes arrive, refuse a second click while one runs, offer Cancel, and
// show the server's error message; the finished file is saved from a Blob.
import { useEffect, useRef, useState } from 'react';
import { useRouter } from 'next/navigation';
import { useLocale, useTranslations } from 'next-intl';
import styles from './export.module.css';
import { byteFormatter } from '@/lib/export/bytes';
import { createFormatter } from '@/lib/i18n/format';
import type { Locale } from '@/lib/i18n/config';

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

/** The server's own message when it sent one (already in the reader's language), else null. */
async function errorMessage(response: Response): Promise<string | null> {
  try {
    const body = (await response.json()) as { error?: { message?: string } };
    if (body.error?.message) return body.error.message;
  } catch {
    // not JSON: fall through to the status line
  }
  return null;
}

class ExportFailed extends Error {}

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

/** `headers` is the xlsx header language the page was opened with (`?headers=`), English by default. */
export function DownloadPanel({ query, headers = 'en' }: { query: string; headers?: Locale }) {
  const t = useTranslations('export.panel');
  const locale = useLocale() as Locale;
  const format = createFormatter(locale);
  const bytesText = byteFormatter(locale);
  const [headerLocale, setHeaderLocale] = useState<Locale>(headers);
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
      const headerParam = format === 'xlsx' && headerLocale !== 'en' ? `&headers=${headerLocale}` : '';
      const response = await fetch(`/api/export?format=${format}${query ? `&${query}` : ''}${headerParam}`, {
        signal: controller.signal,
        cache: 'no-store',
      });
      if (!response.ok || !response.body)
        throw new ExportFailed((await errorMessage(response)) ?? t('failed', { status: response.status, statusText: response.statusText }));
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
      else setState({ kind: 'error', message: error instanceof ExportFailed ? error.message : t('interrupted') });
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
        {running && state.format === 'xlsx' ? t('preparing') : t('downloadXlsx')}
      </button>
      <label className={styles.headers}>
        <span className="muted">{t('headers')}</span>
        <select
          className="select"
          name="headers"
          value={headerLocale}
          onChange={(event) => setHeaderLocale(event.target.value === 'zh-CN' ? 'zh-CN' : 'en')}
          disabled={running}
        >
          <option value="en" lang="en">
            English
          </option>
          <option value="zh-CN" lang="zh-CN">
            中文
          </option>
        </select>
      </label>
      <div className={styles.others}>
        <span className="muted">{t('otherFormats')}</span>
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
            <progress className={styles.progress} aria-label={t('progress')} />
            <span>
              {state.filename ? <span translate="no">{state.filename}</span> : t('starting')} ·{' '}
              {t('received', { bytes: bytesText(state.bytes) })}
              {state.rows !== null && ` · ${t('rowsInExport', { count: state.rows })}`} · {format.duration(state.now - state.startedAt)}
            </span>
            <button type="button" className="button button-secondary button-small" onClick={() => abort.current?.abort()}>
              {t('cancel')}
            </button>
          </>
        )}
        {state.kind === 'done' && (
          <span>
            {t.rich('saved', { filename: state.filename, strong: (chunks) => <strong translate="no">{chunks}</strong> })}
            {state.rows !== null && ` · ${t('rows', { count: state.rows })}`} ·{' '}
            {t('sizeIn', { size: bytesText(state.bytes), duration: format.duration(state.ms) })}
          </span>
        )}
        {state.kind === 'error' && <span className={styles.error}>{state.message}</span>}
      </div>
    </div>
  );
}
