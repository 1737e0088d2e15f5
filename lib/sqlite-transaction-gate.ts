// Why: better-sqlite3 is one connection. Prisma's adapter serialises transactions against each
// other, but not plain queries against an open one: while an interactive transaction awaits
// between its statements, a query issued by other work (another request, a job) runs on the same
// connection inside that transaction, and is undone with it if it rolls back. An acknowledged
// write could vanish that way. So here every plain query and every new transaction waits until
// the open transaction has committed or rolled back. Statements inside the transaction go through
// its own object and never wait. No server-only import: scripts and tests create clients too.
import type { SqlDriverAdapter, SqlQuery, Transaction } from '@prisma/driver-adapter-utils';

export function gateTransactions(adapter: SqlDriverAdapter): SqlDriverAdapter {
  // Set while a transaction is open; resolves when it ends.
  let open: Promise<void> | null = null;
  const idle = async () => {
    while (open) await open;
  };

  const begin = async (isolationLevel?: Parameters<SqlDriverAdapter['startTransaction']>[0]): Promise<Transaction> => {
    await idle();
    let end!: () => void;
    // Claimed in the same synchronous step that saw `open` empty, so no other caller slips in.
    open = new Promise<void>((resolve) => (end = resolve));
    const finish = () => {
      open = null;
      end();
    };
    let transaction: Transaction;
    try {
      transaction = await adapter.startTransaction(isolationLevel);
    } catch (error) {
      finish();
      throw error;
    }
    const settle = (step: () => Promise<void>) => async () => {
      try {
        await step();
      } finally {
        finish();
      }
    };
    return Object.assign(Object.create(transaction) as Transaction, {
      commit: settle(() => transaction.commit()),
      rollback: settle(() => transaction.rollback()),
    });
  };

  // better-sqlite3 runs a statement synchronously inside the call, so a query that found no open
  // transaction has finished before any other work can open one.
  return Object.assign(Object.create(adapter) as SqlDriverAdapter, {
    queryRaw: async (query: SqlQuery) => (await idle(), adapter.queryRaw(query)),
    executeRaw: async (query: SqlQuery) => (await idle(), adapter.executeRaw(query)),
    executeScript: async (script: string) => (await idle(), adapter.executeScript(script)),
    startTransaction: begin,
  });
}
