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
