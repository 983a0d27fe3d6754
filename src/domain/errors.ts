/**
 * Errors a person can act on. The API maps the kind to an HTTP status and the CLI prints the
 * message alone; neither shows a stack trace for these.
 */
export type ProblemKind =
  | 'invalid-input'
  | 'unauthenticated'
  | 'forbidden'
  | 'not-found'
  | 'conflict'
  /** The caller's If-Match no longer names the current version: reload before writing. */
  | 'precondition-failed'
  | 'rate-limited'
  | 'unavailable';

export class BluelampProblem extends Error {
  override readonly name = 'BluelampProblem';

  constructor(
    readonly kind: ProblemKind,
    message: string,
    /** The input field the problem is about, where there is one. */
    readonly field?: string,
    /** Facts the caller needs to recover, such as the current version after a conflicting write. */
    readonly details?: Readonly<Record<string, string | number | null>>,
  ) {
    super(message);
  }
}
