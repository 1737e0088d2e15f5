// X-Experience-API-Version: required on every request but /about, answered on every response.
// 1.0.x requests are served as 1.0.3 (the patch versions differ in wording only), 2.0.x as 2.0.0.
import { bad } from './errors';

export type XapiVersion = '1.0.3' | '2.0.0';
export const VERSION_HEADER = 'X-Experience-API-Version';
export const SUPPORTED_VERSIONS: readonly XapiVersion[] = ['1.0.3', '2.0.0'];

export function parseVersion(value: string | null, required: boolean): XapiVersion {
  if (value === null || value.trim() === '') {
    if (!required) return '2.0.0';
    throw bad(`The ${VERSION_HEADER} header is required (1.0.3 or 2.0.0).`);
  }
  const version = value.trim();
  if (/^1\.0(\.\d+)?$/.test(version)) return '1.0.3';
  if (/^2\.0(\.\d+)?$/.test(version)) return '2.0.0';
  throw bad(`${VERSION_HEADER} ${version} is not supported; use 1.0.3 or 2.0.0.`);
}

/** The statement `version` property allowed for a request version. */
export function statementVersionAllowed(requested: XapiVersion, version: string): boolean {
  if (/^1\.0(\.\d+)?$/.test(version)) return true;
  return requested === '2.0.0' && /^2\.0(\.\d+)?$/.test(version);
}
