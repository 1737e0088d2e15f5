// After statements are stored: they become Pathwise learning data (lib/xapi/learning). The LRS
// has already accepted them, so a failure here is logged, not answered: the statements stay
// retrievable and `npm run import` can map them again.
import type { LrsClient } from './auth';
import type { PreparedStatement } from './prepare';
import { mapStatements } from './learning/apply';

export async function onStatementsStored(client: LrsClient, statements: PreparedStatement[]): Promise<void> {
  if (statements.length === 0) return;
  try {
    await mapStatements(client, statements);
  } catch (error) {
    console.error('[pathwise] xAPI statements stored but not mapped into learning data', error);
  }
}
