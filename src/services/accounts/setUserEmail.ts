import { BluelampProblem } from '../../domain/errors.js';
import type { ServiceContext } from '../context.js';
import { changeUser } from './changeUser.js';
import type { UserSummary } from './userViews.js';

/** A contact address for reminders in lower case, or null for none. Only its shape is checked. */
export function checkedContactEmail(email: string | null): string | null {
  if (email === null || email.trim() === '') return null;
  const address = email.trim().toLowerCase();
  if (address.length > 254 || !/^[^\s@<>",]+@[^\s@<>",]+\.[^\s@<>",]+$/.test(address)) {
    throw new BluelampProblem(
      'invalid-input',
      `"${email}" is not an e-mail address; write it in full, e.g. a.smith@force.police.uk.`,
      'email',
    );
  }
  return address;
}

/**
 * Sets the address an account's reminders go to (null: none), as an administrator. It links no
 * identity, so unlike the single sign-on address it need not be unique; the change is audited.
 */
export async function setUserEmail(
  ctx: ServiceContext,
  username: string,
  email: string | null,
  reason?: string,
): Promise<UserSummary> {
  return changeUser(ctx, username, { email: checkedContactEmail(email) }, reason);
}
