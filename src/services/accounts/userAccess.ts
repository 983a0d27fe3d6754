import { BluelampProblem } from '../../domain/errors.js';
import { findUser, type UserRecord } from '../../store/index.js';
import { normalisedUsername } from './userRules.js';

/** The account asked for, or not-found naming the username field. */
export async function requireUser(
  db: Parameters<typeof findUser>[0],
  where: { username?: string; id?: number },
): Promise<UserRecord> {
  const user = await findUser(
    db,
    where.username === undefined ? where : { username: normalisedUsername(where.username) },
  );
  if (user === undefined)
    throw new BluelampProblem('not-found', `No user has the name "${where.username ?? String(where.id)}".`, 'username');
  return user;
}
