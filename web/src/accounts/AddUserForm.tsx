import { useState, type SyntheticEvent } from 'react';
import type { BodyOf } from '../shared/apiTypes.js';
import { sendJson } from '../shared/client.js';
import { TextField } from '../shared/govuk.js';
import type { UserSummary } from '../shared/types.js';

type Role = UserSummary['role'];
const ROLES = ['admin', 'performance', 'owner', 'reviewer', 'viewer'] as const satisfies readonly Role[];

/** Adds an account; without a password it signs in through single sign-on only. */
export function AddUserForm({ csrfToken, onDone }: { csrfToken: string; onDone: (message: string) => void }) {
  const [username, setUsername] = useState('');
  const [displayName, setDisplayName] = useState('');
  const [role, setRole] = useState<Role>('viewer');
  const submit = async (event: SyntheticEvent<HTMLFormElement>) => {
    event.preventDefault();
    try {
      const account: BodyOf<'addUser'> = { username, displayName, role };
      await sendJson('POST', '/api/users', account, csrfToken);
      onDone(`Added ${username}. They sign in with the force account of the same name.`);
      setUsername('');
      setDisplayName('');
    } catch (error) {
      onDone((error as Error).message);
    }
  };
  return (
    <form onSubmit={(event) => void submit(event)} noValidate>
      <h2 className="govuk-heading-m">Add an account</h2>
      <TextField
        id="new-username"
        label="User name (as at the force's identity provider)"
        value={username}
        onChange={setUsername}
      />
      <TextField id="new-name" label="Name" value={displayName} onChange={setDisplayName} />
      <div className="govuk-form-group">
        <label className="govuk-label" htmlFor="new-role">
          Role
        </label>
        <select
          className="govuk-select"
          id="new-role"
          value={role}
          onChange={(e) => {
            setRole(ROLES.find((r) => r === e.target.value) ?? 'viewer');
          }}
        >
          {ROLES.map((r) => (
            <option key={r} value={r}>
              {r}
            </option>
          ))}
        </select>
      </div>
      <button type="submit" className="govuk-button" data-module="govuk-button">
        Add account
      </button>
    </form>
  );
}
