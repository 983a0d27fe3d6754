import { BluelampProblem } from '../../domain/errors.js';
import { findUser } from '../../store/index.js';

/** One address, one account: otherwise a verified address could not say which account it links. */
export async function refuseSsoEmailTaken(
  db: Parameters<typeof findUser>[0],
  ssoEmail: string | null,
  username: string,
): Promise<void> {
  if (ssoEmail === null) return;
  const holder = await findUser(db, { ssoEmail });
  if (holder !== undefined && holder.username !== username) {
    throw new BluelampProblem(
      'conflict',
      `The account "${holder.username}" is already marked for single sign-on as ${ssoEmail}.`,
      'ssoEmail',
    );
  }
}
