/**
 * Why a single sign-on came back without a session. The browser is sent to the sign-in page with
 * one of these codes, never with text: the page words each code itself, so a link cannot make
 * Bluelamp's own page say whatever its author wants.
 */
export const SSO_PROBLEMS = [
  /** The attempt is unknown, used already or older than its time limit. */
  'sso-expired',
  /** The browser coming back is not the one that started the sign-in (login CSRF). */
  'sso-other-browser',
  /** The provider refused, or its answer failed a check (code, PKCE, nonce, signature). */
  'sso-provider-refused',
  /** The provider did not vouch for an e-mail address, so no account may be linked by it. */
  'sso-unverified-email',
  /** No active account is marked for single sign-on with this identity's address. */
  'sso-no-account',
  /** The account for this address is already linked to another identity. */
  'sso-linked-elsewhere',
  /** Anything else that stopped it. */
  'sso-failed',
] as const;
export type SsoProblem = (typeof SSO_PROBLEMS)[number];

/** The code carried by a problem's details; sso-failed when it carries none of ours. */
export function ssoProblemOf(details: Readonly<Record<string, unknown>> | undefined): SsoProblem {
  const code = details?.ssoProblem;
  return typeof code === 'string' && (SSO_PROBLEMS as readonly string[]).includes(code)
    ? (code as SsoProblem)
    : 'sso-failed';
}
