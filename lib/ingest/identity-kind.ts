// How a session's user was named, strongest last. Only linked kinds ever carry a userId; the risk
// model and every page about a person read linked sessions only.
export const IDENTITY_KINDS = ['claimed', 'trusted', 'verified'] as const;
export type IdentityKind = (typeof IDENTITY_KINDS)[number];

/** "verified": a valid identity token or a server batch. "trusted": the site trusts browser uids. */
export const LINKED_IDENTITIES: IdentityKind[] = ['verified', 'trusted'];

/** The stronger of two; a session named once by a verified batch stays verified. */
export function strongerIdentity(a: IdentityKind | null, b: IdentityKind | null): IdentityKind | null {
  if (!a || !b) return a ?? b;
  return IDENTITY_KINDS.indexOf(a) >= IDENTITY_KINDS.indexOf(b) ? a : b;
}
