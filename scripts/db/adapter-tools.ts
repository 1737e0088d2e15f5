// Small helpers shared by the SQLite and PostgreSQL migration adapters: wrapping a driver adapter to
// change one behaviour, and making sure every connection the engine opened is closed afterwards.
import type { SqlDriverAdapter, SqlQuery, SqlResultSet } from '@prisma/driver-adapter-utils';

export type AdapterOverrides = {
  queryRaw?: (query: SqlQuery) => Promise<SqlResultSet>;
  executeRaw?: (query: SqlQuery) => Promise<number>;
  executeScript?: (script: string) => Promise<void>;
  dispose?: () => Promise<void>;
};

/** A new adapter that delegates to `inner` except for the given methods. */
export function wrapAdapter(inner: SqlDriverAdapter, overrides: AdapterOverrides): SqlDriverAdapter {
  const wrapped: SqlDriverAdapter = {
    provider: inner.provider,
    adapterName: inner.adapterName,
    queryRaw: overrides.queryRaw ?? ((query) => inner.queryRaw(query)),
    executeRaw: overrides.executeRaw ?? ((query) => inner.executeRaw(query)),
    executeScript: overrides.executeScript ?? ((script) => inner.executeScript(script)),
    startTransaction: (isolationLevel) => inner.startTransaction(isolationLevel),
    dispose: overrides.dispose ?? (() => inner.dispose()),
  };
  const getConnectionInfo = inner.getConnectionInfo?.bind(inner);
  if (getConnectionInfo) wrapped.getConnectionInfo = getConnectionInfo;
  return wrapped;
}

/**
 * Remembers the adapters a factory handed out. The engine does not promise to dispose them, and an
 * open pg pool keeps Node alive (and a temporary database undroppable), so the caller closes all.
 */
export class AdapterTracker {
  private readonly open = new Set<() => Promise<void>>();

  track(adapter: SqlDriverAdapter): SqlDriverAdapter {
    let disposed: Promise<void> | undefined;
    const dispose = () => {
      disposed ??= adapter.dispose().finally(() => this.open.delete(dispose));
      return disposed;
    };
    this.open.add(dispose);
    return wrapAdapter(adapter, { dispose });
  }

  async closeAll(): Promise<void> {
    const results = await Promise.allSettled([...this.open].map((dispose) => dispose()));
    const failure = results.find((result) => result.status === 'rejected');
    if (failure) throw failure.reason;
  }
}
