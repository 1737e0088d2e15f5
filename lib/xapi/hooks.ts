// After statements are stored: where they become Pathwise learning data (lib/xapi/learning).
import type { LrsClient } from './auth';
import type { PreparedStatement } from './prepare';

export async function onStatementsStored(client: LrsClient, statements: PreparedStatement[]): Promise<void> {
  void client;
  void statements;
}
