import type { Role } from '../../src/domain/accounts/index.js';
import { addUser, signIn, type ServiceContext } from '../../src/services/index.js';

/** What an injected request carries to act as a signed-in person: the session cookie and its CSRF token. */
export interface SignedIn {
  readonly cookies: Record<string, string>;
  readonly headers: Record<string, string>;
}

const PASSWORD = 'harbour kettle violet';

/** Adds an account and signs it in, for tests that call the HTTP API as that person. */
export async function signedInAs(
  ctx: ServiceContext,
  person: { readonly username: string; readonly role: Role; readonly scope?: readonly string[] },
): Promise<SignedIn> {
  await addUser(ctx, {
    username: person.username,
    role: person.role,
    password: PASSWORD,
    scope: [...(person.scope ?? [])],
  });
  const session = await signIn(ctx, {
    username: person.username.toLowerCase(),
    password: PASSWORD,
    client: '10.9.9.9',
  });
  return { cookies: { bluelamp_session: session.token }, headers: { 'x-csrf-token': session.csrfToken } };
}
