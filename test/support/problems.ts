import { BluelampProblem } from '../../src/domain/errors.js';

/** The problem a piece of work was refused with; anything else (success included) fails the test. */
export async function problemOf(work: Promise<unknown>): Promise<BluelampProblem> {
  const error: unknown = await work.then(
    () => null,
    (e: unknown) => e,
  );
  if (!(error instanceof BluelampProblem)) throw new Error(`expected a problem, got ${String(error)}`);
  return error;
}
