// What the sign-in form may say. Client-safe: the form maps whatever next-auth hands back onto
// this short list, so a crafted `?error=` link cannot put arbitrary text on the login page.

/** The one refusal for wrong email or wrong password, so the form never reveals which accounts exist. */
export const INVALID_CREDENTIALS = 'Email or password is incorrect.';
export const SIGN_IN_UNAVAILABLE = 'Sign-in is unavailable right now. Please try again in a moment.';
export const SIGN_IN_FAILED = 'Sign-in failed. Please try again.';

const LOCKED = /^Too many failed sign-ins\. Try again in \d{1,3} minutes?\.$/;

export function signInErrorMessage(raw: string | null | undefined): string | null {
  if (!raw) return null;
  if (raw === 'CredentialsSignin') return INVALID_CREDENTIALS;
  if (raw === INVALID_CREDENTIALS || raw === SIGN_IN_UNAVAILABLE || LOCKED.test(raw)) return raw;
  return SIGN_IN_FAILED;
}

/** The same short list as message keys (auth namespace, `errors.<key>`), so the form can say it in the reader's language. */
export type SignInError = { key: 'invalid' | 'unavailable' | 'failed' | 'locked'; minutes: number };

export function signInError(raw: string | null | undefined): SignInError | null {
  const message = signInErrorMessage(raw);
  if (message === null) return null;
  if (message === INVALID_CREDENTIALS) return { key: 'invalid', minutes: 0 };
  if (message === SIGN_IN_UNAVAILABLE) return { key: 'unavailable', minutes: 0 };
  if (LOCKED.test(message)) return { key: 'locked', minutes: Number(/\d+/.exec(message)?.[0]) };
  return { key: 'failed', minutes: 0 };
}
