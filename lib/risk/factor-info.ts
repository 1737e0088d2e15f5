// How each factor is named and its raw value written, for tables, tooltips and the API. Client-safe.
// English; the same words in any language: factorInfoIn / formatFactorRawIn in ./risk-text.ts.
import { RISK_MODEL, type FactorKey, type RiskModel } from './config';
import { factorInfoIn, formatFactorRawIn, EN_RISK_T, type FactorInfo } from './risk-text';

export type { FactorInfo };

export function factorInfo(model: RiskModel = RISK_MODEL): Record<FactorKey, FactorInfo> {
  return factorInfoIn(EN_RISK_T, model);
}

export const FACTOR_INFO = factorInfo();

/** "9 days", "1.5 / week", "67%", "12.3 min", "—" for no data. */
export function formatFactorRaw(key: FactorKey, raw: number | null): string {
  return formatFactorRawIn(key, raw);
}
