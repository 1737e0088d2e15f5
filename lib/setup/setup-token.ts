import 'server-only';
// The one-time setup page is open to whoever reaches an empty instance first, so it asks for a
// token only the operator can read: the server log, or PATHWISE_SETUP_TOKEN when set (for
// deployments whose logs are awkward to reach). A fresh random token per server process.
import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';

const globalForSetup = globalThis as unknown as { pathwiseSetupToken?: string };

/** The current token; printed to the server log the first time it is needed. */
export function setupToken(): string {
  const configured = process.env.PATHWISE_SETUP_TOKEN?.trim();
  if (configured) return configured;
  if (!globalForSetup.pathwiseSetupToken) {
    globalForSetup.pathwiseSetupToken = randomBytes(18).toString('base64url');
    console.log(
      `[pathwise] No accounts yet. Open /setup and enter this setup token to create the first admin: ${globalForSetup.pathwiseSetupToken}`,
    );
  }
  return globalForSetup.pathwiseSetupToken;
}

export function setupTokenMatches(candidate: string): boolean {
  const digest = (value: string) => createHash('sha256').update(value).digest();
  return timingSafeEqual(digest(candidate.trim()), digest(setupToken()));
}
