// Raw-query values arrive as number, bigint, numeric string or Decimal-like object depending on
// the provider; results must be plain numbers (Response.json throws on BigInt).

export function num(value: unknown): number {
  if (value === null || value === undefined) return 0;
  if (typeof value === 'number') return value;
  if (typeof value === 'bigint') return Number(value);
  const parsed = Number(String(value));
  return Number.isFinite(parsed) ? parsed : 0;
}

/** Like num(), but keeps "no value" as null (e.g. an average over zero rows). */
export function numOrNull(value: unknown): number | null {
  return value === null || value === undefined ? null : num(value);
}

export function str(value: unknown): string {
  return value === null || value === undefined ? '' : String(value);
}

/** a / b, or 0 when b is 0, so empty periods show 0% instead of NaN. */
export function ratio(a: number, b: number): number {
  return b === 0 ? 0 : a / b;
}

/** A DateTime from a raw row (Date, or ISO text for SQLite expressions such as MAX()) as ISO-8601 UTC. */
export function isoOrNull(value: unknown): string | null {
  if (value === null || value === undefined) return null;
  const date = value instanceof Date ? value : new Date(String(value));
  return Number.isNaN(date.getTime()) ? null : date.toISOString();
}

/** Code-point order (not locale order), so ties sort the same on every machine and provider. */
export function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
