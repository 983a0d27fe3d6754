import { findUser, type UserRecord } from '../../store/index.js';
import type { ServiceContext } from '../context.js';
import { currentDataVersion, INTERNAL_DATA_SCOPE } from '../publishing/dataVersion.js';

/** More people than a force gives accounts to; a bound on what the map can hold. */
const MOST_KEPT = 10_000;

interface KeptUsers {
  readonly version: string;
  readonly users: Map<number, UserRecord | undefined>;
}

const keptByStore = new WeakMap<ServiceContext['store'], KeptUsers>();

/**
 * A user as the database holds them now, read once per version of the internal data: every
 * request a signed-in person makes needs their role, units and whether they are disabled, and
 * those live in tables whose every change raises that version in the same transaction (migration
 * 0032). The version is read before the user, so a user kept is never older than their version.
 */
export async function findCurrentUser(ctx: Pick<ServiceContext, 'store'>, id: number): Promise<UserRecord | undefined> {
  const version = await currentDataVersion(ctx, INTERNAL_DATA_SCOPE);
  let kept = keptByStore.get(ctx.store);
  if (kept?.version !== version) {
    kept = { version, users: new Map() };
    keptByStore.set(ctx.store, kept);
  }
  if (kept.users.has(id)) return kept.users.get(id);
  const user = await findUser(ctx.store.db, { id });
  if (kept.users.size >= MOST_KEPT) kept.users.clear();
  kept.users.set(id, user);
  return user;
}
