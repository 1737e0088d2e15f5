// What a statements POST does before it answers, without the mapping that follows it: credential
// check, JSON parse, validation, preparation, the storing transaction. Shared by the xAPI bench and
// its in-process loop so both time the same steps. Imported lazily: DATABASE_URL must be set first.
export async function storePath(): Promise<(headers: Headers, body: string) => Promise<void>> {
  const { authenticateLrs } = await import('../../lib/xapi/auth');
  const { validateStatement } = await import('../../lib/xapi/validate/statement');
  const { prepareStatement } = await import('../../lib/xapi/prepare');
  const { storeStatements } = await import('../../lib/xapi/store');
  return async (headers, body) => {
    const client = await authenticateLrs(headers);
    const list = JSON.parse(body) as Record<string, unknown>[];
    list.forEach((item, i) => validateStatement(item, '1.0.3', `statement[${i}]`));
    const at = new Date();
    await storeStatements(
      client.siteId,
      list.map((item) => prepareStatement(item, client, '1.0.3', at)),
    );
  };
}
