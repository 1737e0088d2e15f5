// After statements are stored they become Pathwise learning data (lib/xapi/learning). The LRS
// answers once the statements are stored; mapping follows in the background, one request after
// another in arrival order, so a client's POST is not held up by sessions and learning records
// (npm run bench -- xapi). A failure is logged: the statements stay retrievable and
// `npm run import` of an export maps them again. Tests and the import await mappingIdle().
import type { LrsClient } from './auth';
import type { PreparedStatement } from './prepare';
import { db } from '@/lib/db';
import { mapStatements } from './learning/apply';

const state = globalThis as { pathwiseXapiMapping?: Promise<void>; pathwiseXapiBacklog?: number };
/** Past this many statements waiting to be mapped, a POST waits for the backlog (back-pressure). */
const MAX_BACKLOG = 5_000;

export async function onStatementsStored(client: LrsClient, statements: PreparedStatement[]): Promise<void> {
  if (statements.length === 0) return;
  const previous = state.pathwiseXapiMapping ?? Promise.resolve();
  state.pathwiseXapiBacklog = (state.pathwiseXapiBacklog ?? 0) + statements.length;
  state.pathwiseXapiMapping = previous.then(() =>
    mapStatements(client, statements)
      .then(
        () => undefined,
        async (error: unknown) => {
          // A site deleted meanwhile took its statements with it (ON DELETE CASCADE): nothing to map.
          if (!(await siteExists(client.siteId))) return;
          console.error('[pathwise] xAPI statements stored but not mapped into learning data', error);
        },
      )
      .finally(() => {
        state.pathwiseXapiBacklog = (state.pathwiseXapiBacklog ?? 0) - statements.length;
      }),
  );
  if ((state.pathwiseXapiBacklog ?? 0) > MAX_BACKLOG) await mappingIdle();
}

async function siteExists(siteId: string): Promise<boolean> {
  return (await db.site.count({ where: { id: siteId } }).catch(() => 1)) > 0;
}

/** Resolves when every stored statement so far has been mapped. */
export async function mappingIdle(): Promise<void> {
  for (;;) {
    const pending = state.pathwiseXapiMapping;
    await pending;
    if (state.pathwiseXapiMapping === pending) return;
  }
}
