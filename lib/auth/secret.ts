// The key that signs session cookies. Production must have a real one: a guessable key would let
// anyone forge an admin session. `npm start` creates one in data/ and exports it.

const DEVELOPMENT_SECRET = 'pathwise-development-only-secret-never-use-in-production';

export class AuthSecretMissingError extends Error {
  override name = 'AuthSecretMissingError';
}

export function authSecret(env: NodeJS.ProcessEnv = process.env): string {
  const secret = env.AUTH_SECRET?.trim() || env.NEXTAUTH_SECRET?.trim();
  if (secret) return secret;
  if (env.NODE_ENV === 'production') {
    throw new AuthSecretMissingError(
      'AUTH_SECRET is not set. Pathwise signs sessions with it and refuses to run in production without one. ' +
        'Start with `npm start` (it creates data/auth-secret), or export AUTH_SECRET=<32+ random characters>, ' +
        'e.g. from `openssl rand -base64 32`.',
    );
  }
  return DEVELOPMENT_SECRET;
}
