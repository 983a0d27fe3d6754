import { decide, type Permission } from '../domain/accounts/index.js';
import { BluelampProblem } from '../domain/errors.js';
import type { ServiceContext } from './context.js';

/** The one permission check every use case makes before it reads or writes anything. */
export function authorise(ctx: ServiceContext, permission: Permission): void {
  const decision = decide(ctx.actor, permission);
  if (decision === 'sign-in-needed') throw new BluelampProblem('unauthenticated', 'Sign in to do this.');
  if (decision === 'forbidden') throw new BluelampProblem('forbidden', 'Your role does not allow this.');
}
