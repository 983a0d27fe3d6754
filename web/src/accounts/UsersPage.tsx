import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useState, type SyntheticEvent } from 'react';
import { Link } from 'react-router';
import type { BodyOf } from '../shared/apiTypes.js';
import { getJson, sendJson } from '../shared/client.js';
import { useSession } from '../shared/queries.js';
import type { UserList, UserSummary } from '../shared/types.js';
import { QueryState } from '../shared/QueryState.js';
import { HeadedRow, Table, TextField } from '../shared/govuk.js';
import { usePageTitle } from '../shared/usePageTitle.js';

type Role = UserSummary['role'];
const ROLES = ['admin', 'performance', 'owner', 'reviewer', 'viewer'] as const satisfies readonly Role[];

function AddUserForm({ csrfToken, onDone }: { csrfToken: string; onDone: (message: string) => void }) {
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

function UserRow({
  user,
  csrfToken,
  self,
  onDone,
}: {
  user: UserSummary;
  csrfToken: string;
  /** The signed-in administrator's own row: no one disables themselves by a slip. */
  self: boolean;
  onDone: (message: string) => void;
}) {
  const disable = async () => {
    try {
      const change: BodyOf<'changeUser'> = { disabled: true, reason: 'Disabled from the users page' };
      await sendJson('PATCH', `/api/users/${encodeURIComponent(user.username)}`, change, csrfToken);
      onDone(`Disabled ${user.username}; their sessions have ended.`);
    } catch (error) {
      onDone((error as Error).message);
    }
  };
  return (
    <HeadedRow head={user.username}>
      <td className="govuk-table__cell">{user.displayName}</td>
      <td className="govuk-table__cell">{user.role}</td>
      <td className="govuk-table__cell">{user.scope.join(', ')}</td>
      <td className="govuk-table__cell">
        {user.disabled ? (
          <strong className="govuk-tag govuk-tag--grey">Disabled</strong>
        ) : (
          <strong className="govuk-tag govuk-tag--green">Active</strong>
        )}
      </td>
      <td className="govuk-table__cell">
        <Link className="govuk-link" to={`/history?entityType=user&entityId=${encodeURIComponent(user.username)}`}>
          History<span className="govuk-visually-hidden"> of {user.username}</span>
        </Link>
        {user.disabled || self ? null : (
          <button
            type="button"
            className="govuk-button govuk-button--warning govuk-!-margin-bottom-0 govuk-!-margin-left-3"
            onClick={() => void disable()}
          >
            Disable<span className="govuk-visually-hidden"> {user.username}</span>
          </button>
        )}
      </td>
    </HeadedRow>
  );
}

export function UsersPage() {
  usePageTitle('Users');
  const session = useSession();
  const queryClient = useQueryClient();
  const [message, setMessage] = useState<string | null>(null);
  const users = useQuery({ queryKey: ['users'], queryFn: () => getJson<UserList>('/api/users') });
  const csrfToken = session.data?.csrfToken ?? '';
  const done = (text: string) => {
    setMessage(text);
    void queryClient.invalidateQueries({ queryKey: ['users'] });
  };
  return (
    <>
      <h1 className="govuk-heading-l">Users</h1>
      {message ? (
        <div className="govuk-inset-text" role="status">
          {message}
        </div>
      ) : null}
      <QueryState {...users} what="the users">
        {({ users: list }) => (
          <Table
            caption={<>{list.length} accounts</>}
            columns={['User name', 'Name', 'Role', 'Scope', 'State', 'Actions']}
            id="users"
          >
            {list.map((user) => (
              <UserRow
                key={user.username}
                user={user}
                csrfToken={csrfToken}
                self={user.username === session.data?.user?.username}
                onDone={done}
              />
            ))}
          </Table>
        )}
      </QueryState>
      <AddUserForm csrfToken={csrfToken} onDone={done} />
    </>
  );
}
